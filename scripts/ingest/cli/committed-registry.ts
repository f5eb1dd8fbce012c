/**
 * The registry as last committed to git, for `--discard-unpublished`: the
 * only place ingest asks git anything, and only when that flag is given (a
 * plain ingest, and so the build, never does).
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { registrySchema, type Registry } from '../../../src/schemas/finding-ids.ts';
import { CliError } from './options.ts';

export function committedRegistry(registryPath: string): Registry {
  const r = spawnSync('git', ['show', `HEAD:./${basename(registryPath)}`], {
    cwd: dirname(registryPath),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error)
    throw new CliError(
      `${registryPath}: cannot run git (${r.error.message}) — --discard-unpublished needs git to tell committed ids from new ones`,
    );
  if (r.status !== 0) {
    throw new CliError(
      `${registryPath}: no committed version in git (${r.stderr.trim().split('\n')[0]}) — commit the registry first; --discard-unpublished only removes ids issued since the last commit`,
    );
  }
  return registrySchema.parse(JSON.parse(r.stdout));
}
