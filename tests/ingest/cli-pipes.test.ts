/**
 * Whole output through pipes: `ingest --json` piped straight into a reader
 * (node, then python's json module) arrives complete. An exit before stdout
 * drains cuts the output at the pipe's 64 KiB buffer whenever the reader is
 * slower than the writer; a reader that pauses after its first chunk makes
 * that happen every time (a `process.exit()` after writing 200 KB
 * delivers exactly 65,536 bytes to it), so one paused chain catches the fault
 * for certain where unpaused runs catch it only sometimes. The small input is
 * just large enough to pass 64 KiB (the seeds plus a few synthetic letters);
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

/**
 * Reads all of stdin, parses it, reports on stderr, passes it on. With PAUSE set it stops for half
 * a second after the first chunk, as a slow consumer does: the writer fills the pipe meanwhile.
 */
const NODE_READER =
  "let t='';process.stdin.setEncoding('utf8').on('data',(c)=>{if(!t&&process.env.PAUSE){process.stdin.pause();setTimeout(()=>process.stdin.resume(),500)}t+=c}).on('end',()=>{const d=JSON.parse(t);process.stderr.write('node '+d.documents.length+' '+t.length+'\\n');process.stdout.write(t)})";
const PYTHON_READER =
  "import json,os,sys,time; b=sys.stdin.buffer.read(1); os.environ.get('PAUSE') and time.sleep(0.5); t=(b+sys.stdin.buffer.read()).decode(); d=json.loads(t); print('python', len(d['documents']), len(t))";

/**
 * `ingest --in DIR --json | node -e … | python3 -c …`; resolves with what the two readers said.
 * `paused`: each reader pauses after its first chunk, so the writer fills the pipe and must wait.
 */
function piped(dir: string, paused: boolean): Promise<string> {
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
        ...(paused ? { PAUSE: '1' } : {}),
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
  it('arrives whole in node and python, whether the readers keep up or lag (over 64 KiB)', async () => {
    const dir = join(work, 'small');
    writeCorpus({ n: 2, seed: 7, out: dir });
    for (const file of SEED_FILES) cpSync(join(ROOT, 'seeds', file), join(dir, file));
    const runs = await Promise.all([piped(dir, true), piped(dir, false)]);
    const [, size] = /node 7 (\d+)/.exec(runs[0]!) ?? [];
    expect(Number(size), runs[0]).toBeGreaterThan(64 * 1024);
    for (const said of runs) {
      expect(said).toContain(`node 7 ${size}\n`);
      expect(said).toContain(`python 7 ${size}\n`);
    }
  });

  it('arrives whole when it is over 5 MB and the readers lag', async () => {
    const dir = join(work, 'big');
    writeCorpus({ n: 400, seed: 1, out: dir });
    const said = await piped(dir, true);
    const [, size] = /python 400 (\d+)/.exec(said) ?? [];
    expect(Number(size), said).toBeGreaterThan(5_000_000);
    expect(said).toContain(`node 400 ${size}\n`);
  }, 300_000);
});
