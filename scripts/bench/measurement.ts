/**
 * What a benchmark step is: the folders and context it gets, the result it gives, and how a
 * command's outcome becomes a result. The steps are in measurements.ts and browser-steps.ts.
 */
import { tail, type CommandResult } from './run-command.ts';

/** Folders of one run; everything except `corpus` for N = 5 (the seeds) lives under `root`. */
export interface RunDirs {
  root: string;
  corpus: string;
  content: string;
  /** A copy of the project that astro build runs in (see shadow-root.ts). */
  site: string;
  dist: string;
  astroCache: string;
  floor: string;
  /** Where the Pagefind CLI step writes its index (not dist/pagefind: that is the site's own, which search is measured on). */
  pagefindCli: string;
}

/** What a measurement gets. */
export interface RunContext {
  repo: string;
  /** Number of letters (5 = the seeds/ folder itself). */
  n: number;
  where: 'shm' | 'disk';
  /** This N was already run at another location in this benchmark (steps that do not depend on where may skip). */
  repeatOfN: boolean;
  seed: number;
  dirs: RunDirs;
  timeoutMs: number;
  /** Results of the steps already run in this run, by id. */
  steps: Record<string, StepResult>;
}

/** One step's outcome. `partial` = the command failed but produced usable output. */
export interface StepResult {
  status: 'ok' | 'partial' | 'failed' | 'skipped';
  seconds?: number;
  peakRssMb?: number;
  /** User + system CPU seconds (GNU time), when known. */
  cpuSeconds?: number;
  /** 1-minute load average before and after the step (2 cores: above 2, others were busy too). */
  load?: [number, number];
  /** Last lines of output, or why it was skipped. */
  error?: string;
  /** Step-specific numbers (pages, bytes, …), all plain JSON. */
  figures: Record<string, number | string | boolean>;
}

/** One measurement. */
export interface Measurement {
  id: string;
  label: string;
  /** A timing that `--repeat` repeats (median kept); steps that measure their own repeats, or nothing, leave it off. */
  timed?: boolean;
  run(ctx: RunContext): Promise<StepResult>;
}

/** A step's result from the command it ran: `usable` output makes a failed command `partial`. */
export function fromCommand(
  r: CommandResult,
  figures: StepResult['figures'] = {},
  usable = false,
): StepResult {
  const ok = r.code === 0;
  return {
    status: ok ? 'ok' : usable ? 'partial' : 'failed',
    seconds: r.seconds,
    peakRssMb: r.peakRssMb,
    cpuSeconds: r.cpuSeconds,
    error: ok ? undefined : tail(r.output),
    figures,
  };
}
