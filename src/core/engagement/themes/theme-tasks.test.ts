import { describe, expect, it } from 'vitest';
import { runThemeTask } from './theme-tasks.js';

const answers = [
  { id: 'a', text: 'The bus ride is too long' },
  { id: 'b', text: 'Long bus rides every day' },
  { id: 'c', text: 'Class sizes are too big' },
  { id: 'd', text: 'Smaller class sizes' },
];

describe('theme tasks as data, as a worker thread receives them', () => {
  it.each([
    ['find', { task: 'find', answers, ignoreWords: [] }, (result: any) => result.themes.flatMap((theme: any) => theme.answerIds).sort().join()],
    ['split', { task: 'split', answers, ignoreWords: [] }, (result: any) => result.map((part: any) => part.answerIds.sort().join()).sort().join('|')],
    ['label', { task: 'label', answers: answers.slice(0, 2), among: answers, ignoreWords: [] }, (result: any) => /bus/.test(result.label)],
    ['assign', { task: 'assign', themes: [{ id: 'buses', answers: answers.slice(0, 2) }, { id: 'classes', answers: answers.slice(2) }], newAnswers: [{ id: 'e', text: 'bus' }], ignoreWords: [] }, (result: any) => result[0].themeId],
  ] as const)('%s', (_name, task, read) => {
    const expected = { find: 'a,b,c,d', split: 'a,b|c,d', label: true, assign: 'buses' }[task.task];
    expect(read(runThemeTask(task as any))).toEqual(expected);
  });

  it('comes back the same through structured cloning (what postMessage does)', () => {
    const result = runThemeTask({ task: 'find', answers, ignoreWords: [] });
    expect(structuredClone(result)).toEqual(result);
  });
});
