/**
 * Whole output through pipes: `ingest --json` piped straight into a reader
 * (node, then python's json module) arrives complete, every time. An exit
 * before stdout drains cuts the output at the pipe's 64 KiB buffer, so the
 * repeated runs use an input just large enough to pass that (the seeds plus a
 * few synthetic letters: each run pays a process start, not a big input), and
 * one run produces over 5 MB.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus-cli.ts';
import { ROOT, SEED_FILES } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-pipes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const overrides = join(work, 'overrides.yaml');
writeFileSync(overrides, 'overrides: []\n'); // the synthetic letters have none of the ids content/theme-overrides.yaml names

/** Reads all of stdin, parses it, reports on stderr, passes it on. */
const NODE_READER =
  "let t='';process.stdin.setEncoding('utf8').on('data',(c)=>{t+=c}).on('end',()=>{const d=JSON.parse(t);process.stderr.write('node '+d.documents.length+' '+t.length+'\\n');process.stdout.write(t)})";
const PYTHON_READER =
  "import json,sys; t=sys.stdin.read(); d=json.loads(t); print('python', len(d['documents']), len(t))";

/** `ingest --in DIR --json | node -e … | python3 -c …`; resolves with what the two readers said. */
function piped(dir: string): Promise<string> {
  const child = spawn(
    'sh',
    [
      '-c',
      '"$NODE" "$INGEST" --in "$IN" --overrides "$OVERRIDES" --json | "$NODE" -e "$NODE_READER" | python3 -c "$PYTHON_READER"',
    ],
    {
      env: {
        ...process.env,
        NODE: process.execPath,
        INGEST: join(ROOT, 'scripts/ingest.ts'),
        IN: dir,
        OVERRIDES: overrides,
        NODE_READER,
        PYTHON_READER,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let said = '';
  child.stdout.on('data', (c) => (said += c));
  child.stderr.on('data', (c) => (said += c));
  return new Promise((resolve) => child.on('close', () => resolve(said)));
}

describe('ingest --json through a pipe', () => {
  it('arrives whole in node and python in 20 of 20 runs (over 64 KiB each)', async () => {
    const dir = join(work, 'small');
    writeCorpus({ n: 2, seed: 7, out: dir });
    for (const file of SEED_FILES) cpSync(join(ROOT, 'seeds', file), join(dir, file));
    const runs: string[] = [];
    // Two at a time: the machine's cores, not more.
    for (let i = 0; i < 20; i += 2) runs.push(...(await Promise.all([piped(dir), piped(dir)])));
    const [, size] = /node 7 (\d+)/.exec(runs[0]!) ?? [];
    expect(Number(size)).toBeGreaterThan(64 * 1024);
    for (const said of runs) {
      expect(said).toContain(`node 7 ${size}\n`);
      expect(said).toContain(`python 7 ${size}\n`);
    }
  }, 600_000); // 20 process starts, about 25 s of CPU: generous for a shared, loaded machine

  it('arrives whole when it is over 5 MB', async () => {
    const dir = join(work, 'big');
    writeCorpus({ n: 400, seed: 1, out: dir });
    const said = await piped(dir);
    const [, size] = /python 400 (\d+)/.exec(said) ?? [];
    expect(Number(size), said).toBeGreaterThan(5_000_000);
    expect(said).toContain(`node 400 ${size}\n`);
  }, 300_000);
});
