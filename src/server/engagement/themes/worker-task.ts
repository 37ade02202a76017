import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerAnswer } from './worker-runner.js';

/**
 * The worker's side of `runInWorker`: runs `task` on the input it was started with and posts the
 * result (or the error's message) back, once. Call it at the top level of a worker script.
 */
export function answerFromWorker<Input, Output>(task: (input: Input) => Output | Promise<Output>): void {
  const port = parentPort;
  if (!port) throw new Error('answerFromWorker runs inside a worker thread only');
  const { input } = workerData as { input: Input };
  Promise.resolve()
    .then(() => task(input))
    .then(
      (value) => port.postMessage({ ok: true, value } satisfies WorkerAnswer<Output>),
      (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer<Output>),
    );
}
