/** Where a build says the site lives: local preview without SITE, a hard stop on publishing paths. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalSite, LOCAL_SITE, resolveSite } from '../../src/lib/site/site-config.ts';
import { buildEnv } from '../quality/build-copy.ts';
import { ROOT } from '../helpers/seeds.ts';

describe('resolveSite', () => {
  it('is the local preview address without SITE, outside publishing builds', () => {
    expect(resolveSite({})).toBe(LOCAL_SITE);
    expect(isLocalSite(resolveSite({}))).toBe(true);
    expect(resolveSite({ SITE: 'https://findings.example.org' })).toBe(
      'https://findings.example.org',
    );
  });

  it('stops a publishing build without SITE, saying how to fix it', () => {
    expect(() => resolveSite({ PUBLISH: '1' })).toThrow(
      /SITE is not set but PUBLISH is set .* set SITE, e\.g\. SITE=https:/,
    );
    expect(() => resolveSite({ NETLIFY: 'true' })).toThrow(/Netlify build/);
    expect(() => resolveSite({ CF_PAGES: '1' })).toThrow(/Cloudflare Pages build/);
    expect(() => resolveSite({ PUBLISH: '1', SITE: ' ' })).toThrow(/SITE is not set/);
  });

  it('refuses a local or malformed SITE on a publishing path', () => {
    expect(() => resolveSite({ PUBLISH: '1', SITE: 'http://localhost:4321' })).toThrow(
      /local address/,
    );
    expect(() => resolveSite({ PUBLISH: '1', SITE: 'http://127.0.0.1:4321' })).toThrow(
      /local address/,
    );
    expect(() => resolveSite({ SITE: 'example.org' })).toThrow(/not a URL/);
    expect(() => resolveSite({ SITE: 'ftp://example.org' })).toThrow(/http\(s\)/);
  });

  it('knows local addresses from public ones', () => {
    for (const site of [
      'http://127.0.0.1:4321',
      'http://localhost',
      'http://[::1]:8080',
      'http://dev.localhost',
    ])
      expect(isLocalSite(site), site).toBe(true);
    for (const site of ['https://example.github.io', 'https://127.example.org'])
      expect(isLocalSite(site), site).toBe(false);
  });
});

describe('astro build on a publishing path', () => {
  it('fails fast without SITE, before writing anything', () => {
    const out = mkdtempSync(join(tmpdir(), 'fdf-publish-'));
    try {
      const env = buildEnv({ PUBLISH: '1' });
      delete env.SITE;
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
        { cwd: ROOT, env, encoding: 'utf8' },
      );
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/SITE is not set but PUBLISH is set/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
