// The class report checked by a pool of Web Workers (games.worker.ts): the page hands out the files, counts
// them as they come back, and has one worker sum them up. Cancelling ends every worker at once. The workers are
// made by the caller (`spawn`), so the same scheduling runs in Node with stand-ins.
import type { Scenario } from '../engine';
import { lang, messages, t } from '../i18n/core';
import type { ClassReport, ClassReportMessage, ClassReportRequest, FileCheck, ResultInput } from './classReport';
import type { ClassOptions } from './options';

export interface ReportWorker {
  postMessage(message: ClassReportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ClassReportMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PoolOptions {
  spawn: () => ReportWorker;
  /** Workers to run; see `poolSize`. */
  workers: number;
  onProgress?: (checked: number, total: number) => void;
}

export interface ReportRun {
  /** The report, or null when cancelled; rejected when a worker fails. */
  done: Promise<ClassReport | null>;
  cancel(): void;
}

/** Files a worker is given ahead, so it never waits for the page between two files. */
const AHEAD = 2;
/** More workers than this gain little on a class's files and each costs memory and start-up time. */
const MOST_WORKERS = 8;

/** One worker per core the browser reports, at least one, no more than there are files. */
export function poolSize(files: number, cores: number | undefined): number {
  return Math.max(1, Math.min(cores && cores > 0 ? cores : 1, MOST_WORKERS, files));
}

/**
 * The order to check files in: by their decision logs, so that games which share their first turns sit side by side.
 * Each worker takes a run of neighbours and so meets again the positions its memo holds.
 */
export function memoOrder(files: readonly ResultInput[]): number[] {
  const keys = files.map((f) => {
    const at = f.text.indexOf('"decisions"');
    return at < 0 ? '' : f.text.slice(at);
  });
  return files.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

/** `order` cut into `n` runs of neighbours, as even as can be. */
function runsOf(order: readonly number[], n: number): number[][] {
  return Array.from({ length: n }, (_, w) => order.slice(Math.floor((w * order.length) / n), Math.floor(((w + 1) * order.length) / n)));
}

/**
 * Workers started before the teacher picks the files, each warming up (warmUp.ts) in the meantime, for
 * checkClassInWorkers to take first (its `spawn`). Kept in `spares`: one that fails to start leaves the list, so no
 * file is ever handed to it.
 */
export function warmWorkers(spares: ReportWorker[], spawn: () => ReportWorker, count: number, scenarios: readonly Scenario[]): void {
  for (let k = spares.length; k < count; k++) {
    const worker = spawn();
    worker.onerror = () => {
      const at = spares.indexOf(worker);
      if (at >= 0) spares.splice(at, 1);
      worker.terminate();
    };
    worker.postMessage({ type: 'scenarios', scenarios: [...scenarios], lang: lang(), messages: messages() });
    worker.postMessage({ type: 'warm' });
    spares.push(worker);
  }
}

export function checkClassInWorkers(files: readonly ResultInput[], scenarios: readonly Scenario[], expected: ClassOptions | undefined, options: PoolOptions): ReportRun {
  const total = files.length;
  const size = Math.max(1, Math.floor(options.workers));
  const checks: (FileCheck | undefined)[] = new Array<FileCheck | undefined>(total);
  const runs = runsOf(memoOrder(files), size);
  const pool: ReportWorker[] = [];
  let checked = 0;
  let finished = false;
  let settle: (report: ClassReport | null) => void = () => {};
  let fail: (fault: Error) => void = () => {};
  const done = new Promise<ClassReport | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const end = () => {
    finished = true;
    for (const worker of pool) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    }
  };
  // A worker takes the next file of its own run; when that is done it helps the worker with the most left.
  const next = (w: number): number | undefined => {
    const own = runs[w]!.shift();
    if (own !== undefined) return own;
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
    return longest.pop();
  };
  const feed = (w: number) => {
    const index = next(w);
    if (index !== undefined) pool[w]!.postMessage({ type: 'check', index, file: files[index]! });
  };
  const summarise = (worker: ReportWorker) => worker.postMessage({ type: 'summarise', checks: checks as FileCheck[], ...(expected ? { expected } : {}) });

  for (let w = 0; w < size; w++) {
    const worker = options.spawn();
    pool.push(worker);
    worker.onmessage = ({ data }) => {
      if (finished) return;
      if (data.type === 'checked') {
        if (checks[data.index] === undefined) {
          checks[data.index] = data.check;
          checked++;
          options.onProgress?.(checked, total);
        }
        if (finished) return; // the progress callback may cancel
        if (checked === total) summarise(worker);
        else feed(w);
      } else if (data.type === 'warmed') {
        // A spare worker's warm-up (warmWorkers) ended just before it was given files: nothing to do.
      } else if (data.type === 'report') {
        end();
        settle(data.report);
      } else {
        end();
        fail(new Error(data.message));
      }
    };
    worker.onerror = (event) => {
      if (finished) return;
      event.preventDefault?.();
      end();
      fail(new Error(event.message || t('class.classReportPool.noWorker')));
    };
    worker.postMessage({ type: 'scenarios', scenarios: [...scenarios], lang: lang(), messages: messages() });
    for (let k = 0; k < AHEAD; k++) feed(w);
  }
  if (total === 0) summarise(pool[0]!);
  return {
    done,
    cancel: () => {
      if (finished) return;
      end();
      settle(null);
    },
  };
}
