/**
 * Runs one benchmarked command: wall time, peak RSS, the tail of its output, and a hard timeout
 * so a stuck build cannot hang the benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What to run. */
export interface CommandSpec {
  cmd: string;
  args: readonly string[];
  cwd: string;
  env?: Record<string, string | undefined>;
  timeoutMs: number;
}

/** How it went. */
export interface CommandResult {
  /** Exit code; null when killed by a signal (including our timeout). */
  code: number | null;
  timedOut: boolean;
  seconds: number;
  /**
   * Peak resident set size in MiB of the largest single process (GNU time's "Maximum resident
   * set size", or the largest VmHWM seen in /proc), not the sum over the process tree.
   */
  peakRssMb?: number;
  /**
   * CPU seconds (user + system) of the command and its waited-for children, from GNU time. Less
   * sensitive than wall time to other people's work on a shared machine.
   */
  cpuSeconds?: number;
  /** Combined stdout and stderr, at most the last 256 KiB. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';
const KEEP_BYTES = 256 * 1024;

/** Last n non-empty lines of a command's output, for error reports. */
export function tail(output: string, n = 15): string {
  return output
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n');
}

/** Run a command in its own process group; kill the whole group at the timeout. */
export async function runCommand(spec: CommandSpec): Promise<CommandResult> {
  const useTime = existsSync(GNU_TIME);
  const statsDir = useTime ? mkdtempSync(join(tmpdir(), 'fdf-bench-time-')) : undefined;
  const statsFile = statsDir ? join(statsDir, 'time.txt') : undefined;
  const [cmd, args] = statsFile
    ? [GNU_TIME, ['-v', '-o', statsFile, spec.cmd, ...spec.args]]
    : [spec.cmd, [...spec.args]];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so the timeout can kill workers and grandchildren too
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    if (output.length > 2 * KEEP_BYTES) output = output.slice(-KEEP_BYTES);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => (polledKb = Math.max(polledKb, treePeakKb(child.pid))), 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, spec.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += `\n${String(error)}`;
      resolve(null);
    });
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  if (poll) clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let peakKb = polledKb;
  let cpuSeconds: number | undefined;
  if (statsFile && existsSync(statsFile)) {
    const stats = readFileSync(statsFile, 'utf8');
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1] ?? 0);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stats)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(stats)?.[1];
    if (user !== undefined && system !== undefined) cpuSeconds = Number(user) + Number(system);
    // GNU time reports a non-zero exit as "Command exited with non-zero status N" in its own file.
  }
  if (statsDir) rmSync(statsDir, { recursive: true, force: true });
  if (timedOut) output += `\n[bench] killed after ${Math.round(spec.timeoutMs / 1000)} s timeout`;
  return {
    code: timedOut ? null : code,
    timedOut,
    seconds,
    peakRssMb: peakKb > 0 ? peakKb / 1024 : undefined,
    cpuSeconds,
    output: output.slice(-KEEP_BYTES),
  };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Largest VmHWM (peak RSS, kB) among pid and its descendants, read from /proc. */
function treePeakKb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let peak = 0;
  const children = new Map<number, number[]>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // The command name may contain spaces or parentheses; fields resume after the last ')'.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = children.get(ppid) ?? [];
        list.push(Number(entry));
        children.set(ppid, list);
      } catch {
        // process exited while we looked
      }
    }
  } catch {
    return 0; // no /proc: no memory figure
  }
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0));
    } catch {
      // exited
    }
    stack.push(...(children.get(p) ?? []));
  }
  return peak;
}
