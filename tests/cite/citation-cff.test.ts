import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_URL } from '../../src/lib/site/repository.ts';
import { ROOT } from '../helpers/paths.ts';

it('CITATION.cff is CFF 1.2.0 for the software, MIT, at the package version', () => {
  const cff = parse(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
  };
  expect(cff).toMatchObject({
    'cff-version': '1.2.0',
    type: 'software',
    license: pkg.license,
    version: pkg.version,
    title: 'Front Door Findings',
  });
  expect(cff.authors).toEqual([{ name: 'Front Door Findings contributors' }]);
  expect(typeof cff.message).toBe('string');
  // The repository address is one setting (package.json repository.url), used by CITATION.cff, the footer and /about/.
  expect(cff['repository-code']).toBe(REPOSITORY_URL);
  expect(REPOSITORY_URL).toMatch(/^https:\/\/[^/]+\/[^/]+\/[^/]+$/);
});
