// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { citationFilesIntegration } from './src/integrations/citation-files.ts';
import { endpointFilesIntegration } from './src/integrations/endpoint-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { resolveSite } from './src/lib/site/site-config.ts';

/**
 * `SITE` and `BASE` make the site work under a sub-path (e.g. project pages
 * hosting: SITE=https://example.github.io BASE=/front-door-findings). Without
 * SITE the build is a local preview (its pages say so); publishing builds
 * (`npm run build:publish`, Netlify, Cloudflare Pages) stop without it.
 */
const site = resolveSite(process.env);
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Letter text must render exactly as written: no straight-to-curly quote rewriting (MDX uses the same processor).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    mdx(),
    sitemap(),
    citationFilesIntegration(),
    endpointFilesIntegration(),
    pagefindIntegration(),
  ],
  // No inline <style> or <script>, so the Content-Security-Policy (src/lib/security-headers.ts) needs no
  // 'unsafe-inline': stylesheets are always files, and so are bundled scripts (assetsInlineLimit below).
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro 7 + MDX warns once per .mdx file about "use astro:head-inject" (withastro/astro#18087): noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
