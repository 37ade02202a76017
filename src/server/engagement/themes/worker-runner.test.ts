import { describe, expect, it } from 'vitest';
import { createWorkerLine, KeyBusyError, runInWorker, WorkerTaskError } from './worker-runner.js';
import type { ThemeTaskResults } from '../../../core/engagement/themes/theme-tasks.js';

const themesWorker = new URL('./themes.worker.js', import.meta.url);

describe('running the theme finder in a worker thread', () => {
  it('starts the worker from the TypeScript sources and answers with its result', async () => {
    const answers = [
      { id: 'a', text: 'The bus ride is too long' },
      { id: 'b', text: 'Long bus rides every day' },
      { id: 'c', text: 'Class sizes are too big' },
      { id: 'd', text: 'Smaller class sizes' },
    ];
    const found = await runInWorker<ThemeTaskResults['find']>(themesWorker, { task: 'find', answers, ignoreWords: [] });
    expect(found.themes.flatMap((theme) => theme.answerIds).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(found.themes.length).toBeGreaterThanOrEqual(2);
  });

  it('passes the task\'s error back as a WorkerTaskError', async () => {
    const failing = runInWorker(themesWorker, { task: 'find', answers: null, ignoreWords: [] });
    await expect(failing).rejects.toBeInstanceOf(WorkerTaskError);
  });

  it('refuses a script that does not exist', () => {
    expect(() => runInWorker(new URL('./no-such.worker.js', import.meta.url), {})).toThrow(/No worker script/);
  });
});

describe('the worker line', () => {
  const later = () => {
    let finish!: (value: string) => void;
    const promise = new Promise<string>((resolve) => (finish = resolve));
    return { promise, finish };
  };

  it('runs one task per key at a time and refuses a second while the first runs', async () => {
    const line = createWorkerLine({ maxRunning: 2 });
    const first = later();
    const run = line.run('survey-1/q1', () => first.promise);
    expect(line.isBusy('survey-1/q1')).toBe(true);
    expect(() => line.run('survey-1/q1', async () => 'again')).toThrow(KeyBusyError);
    // Another question is free.
    await expect(line.run('survey-1/q2', async () => 'other')).resolves.toBe('other');
    first.finish('done');
    await expect(run).resolves.toBe('done');
    expect(line.isBusy('survey-1/q1')).toBe(false);
  });

  it('keeps at most maxRunning tasks running; the others wait their turn, in order', async () => {
    const line = createWorkerLine({ maxRunning: 1 });
    const started: string[] = [];
    const first = later();
    const a = line.run('a', async () => {
      started.push('a');
      return first.promise;
    });
    const b = line.run('b', async () => {
      started.push('b');
      return 'b';
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a']);
    first.finish('a');
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
    expect(started).toEqual(['a', 'b']);
  });

  it('frees the key after a failure and tells when everything has ended', async () => {
    const line = createWorkerLine({ maxRunning: 1 });
    const failed = line.run('k', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect(line.isBusy('k')).toBe(false);
    const slow = later();
    void line.run('k', () => slow.promise);
    let idle = false;
    const waiting = line.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    slow.finish('x');
    await waiting;
    expect(idle).toBe(true);
  });
});
