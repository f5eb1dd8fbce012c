/**
 * The GitHub Pages workflow (docs/deploy.md) cannot run here, so this checks
 * what a first run depends on: the build gets the published origin and base
 * path, every link is checked under that base, `dist/` is what is uploaded,
 * and nothing in `dist/` is a hidden file — upload-pages-artifact v5 (on
 * upload-artifact v7) leaves hidden files out of the artifact by default, so
 * one would silently 404 on the published site. Needs `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  steps: Step[];
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as Workflow;
const build = workflow.jobs.build!;
const deploy = workflow.jobs.deploy!;
const step = (job: Job, match: (s: Step) => boolean): Step => {
  const found = job.steps.find(match);
  if (!found) throw new Error(`no such step in .github/workflows/pages.yml`);
  return found;
};

describe('GitHub Pages workflow', () => {
  it('runs on pushes to main with the permissions Pages deployment needs', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('uses the action majors whose release notes were checked (Node 24 runtimes)', () => {
    const uses = [...build.steps, ...deploy.steps].flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'actions/configure-pages@v6',
      'actions/upload-pages-artifact@v5',
      'actions/deploy-pages@v5',
    ]);
  });

  it('installs with npm ci and builds with build:publish (which stops without SITE) and the origin and base path configure-pages reports', () => {
    const runs = build.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs[0]).toMatch(/^npm ci\b/);
    const buildStep = step(build, (s) => s.run === 'npm run build:publish');
    expect(buildStep.env?.SITE).toBe('${{ steps.pages.outputs.origin }}');
    expect(buildStep.env?.BASE).toBe("${{ steps.pages.outputs.base_path || '/' }}");
    expect(step(build, (s) => s.uses?.startsWith('actions/configure-pages@') ?? false).id).toBe(
      'pages',
    );
  });

  it('checks every link under that base before uploading dist/, and deploys only after the build', () => {
    const order = build.steps.map((s) => s.uses ?? s.run ?? '');
    const check = order.findIndex((s) => s.includes('scripts/check-links.ts dist'));
    const upload = order.findIndex((s) => s.startsWith('actions/upload-pages-artifact@'));
    expect(check).toBeGreaterThan(order.indexOf('npm run build:publish'));
    expect(upload).toBeGreaterThan(check);
    const { SITE, BASE } = step(build, (s) => s.run === 'npm run build:publish').env ?? {};
    expect(build.steps[check]!.env).toEqual({ SITE, BASE });
    expect(build.steps[upload]!.with).toEqual({ path: 'dist' });
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
  });

  it('dist/ holds no hidden file or folder (the Pages artifact would leave it out)', () => {
    const entries = readdirSync(join(ROOT, 'dist'), { recursive: true }) as string[];
    expect(entries.length).toBeGreaterThan(100);
    expect(
      entries.filter((path) => path.split(/[\\/]/).some((part) => part.startsWith('.'))),
    ).toEqual([]);
  });
});
