import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs CPU-heavy pure work (finding themes over thousands of answers takes seconds) in a
 * `node:worker_threads` worker, so the server's event loop keeps answering requests meanwhile.
 *
 * A worker script is named by the URL of its compiled `.js` file beside the caller
 * (`new URL('./themes.worker.js', import.meta.url)`). From `dist/` that file exists and runs as is.
 * From the TypeScript sources (vitest) only the `.ts` file exists: it then starts through
 * `typescript-worker.mjs`, which teaches that worker to load TypeScript before importing it.
 */
export function runInWorker<Output>(script: URL, input: unknown): Promise<Output> {
  const { entry, target } = workerEntry(script);
  return new Promise<Output>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { script: target.href, input } });
    let settled = false;
    worker.once('message', (message: WorkerAnswer<Output>) => {
      settled = true;
      if (message.ok) resolve(message.value);
      else reject(new WorkerTaskError(message.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new WorkerTaskError(`The worker stopped (exit code ${code}) without an answer`));
    });
  });
}

/** What a worker posts back: see `answerFromWorker` (worker-task.ts). */
export type WorkerAnswer<Output> = { ok: true; value: Output } | { ok: false; message: string };

/** The task threw inside the worker: its message, without the worker's stack. */
export class WorkerTaskError extends Error {
  override name = 'WorkerTaskError';
}

function workerEntry(script: URL): { entry: URL; target: URL } {
  if (existsSync(fileURLToPath(script))) return { entry: script, target: script };
  const source = new URL(script.href.replace(/\.js$/, '.ts'));
  if (!existsSync(fileURLToPath(source))) throw new Error(`No worker script at ${fileURLToPath(script)}`);
  return { entry: new URL('./typescript-worker.mjs', import.meta.url), target: source };
}

/**
 * Worker runs with two limits: one at a time per key (a survey question: two runs over the same
 * answers would race to save), and at most `maxRunning` at once overall, the rest waiting their
 * turn (two cores must still serve requests). `idle()` resolves when nothing runs or waits, so the
 * app can close only after the last run has saved.
 */
export function createWorkerLine(options: { maxRunning: number }) {
  const busyKeys = new Set<string>();
  const waiting: Array<() => void> = [];
  const pending = new Set<Promise<unknown>>();
  let running = 0;

  const turn = async () => {
    if (running >= options.maxRunning) await new Promise<void>((go) => waiting.push(go));
    running += 1;
  };
  const done = () => {
    running -= 1;
    waiting.shift()?.();
  };

  return {
    isBusy: (key: string) => busyKeys.has(key),

    /** Runs `task` for `key`; throws `KeyBusyError` at once when a run for the key has not ended. */
    run<Output>(key: string, task: () => Promise<Output>): Promise<Output> {
      if (busyKeys.has(key)) throw new KeyBusyError(key);
      busyKeys.add(key);
      const run = (async () => {
        await turn();
        try {
          return await task();
        } finally {
          done();
          busyKeys.delete(key);
        }
      })();
      const tracked = run.catch(() => undefined);
      pending.add(tracked);
      void tracked.then(() => pending.delete(tracked));
      return run;
    },

    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export type WorkerLine = ReturnType<typeof createWorkerLine>;

export class KeyBusyError extends Error {
  override name = 'KeyBusyError';
  constructor(readonly key: string) {
    super(`A run for ${key} has not ended`);
  }
}
