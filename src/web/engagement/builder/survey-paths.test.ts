import { describe, expect, it } from 'vitest';
import { describePath, documentPointer, questionIndexOf } from './survey-paths';

const document = {
  questions: [
    { key: 'role', options: [{ key: 'parent' }, { key: 'staff' }] },
    { key: 'climate', items: [{ key: 'safe' }] },
  ],
};

describe('describePath', () => {
  it.each([
    ['/title/es', [{ kind: 'field', name: 'title' }, { kind: 'language', code: 'es' }]],
    ['/questions/0/text/es', [{ kind: 'question', number: 1, key: 'role' }, { kind: 'field', name: 'text' }, { kind: 'language', code: 'es' }]],
    ['/questions/0/options/1/text', [{ kind: 'question', number: 1, key: 'role' }, { kind: 'option', number: 2, key: 'staff' }, { kind: 'field', name: 'text' }]],
    ['/document/questions/1/items/0/key', [{ kind: 'question', number: 2, key: 'climate' }, { kind: 'item', number: 1, key: 'safe' }, { kind: 'field', name: 'key' }]],
    ['/questions/7/scale', [{ kind: 'question', number: 8, key: null }, { kind: 'field', name: 'scale' }]],
    ['/questions', [{ kind: 'field', name: 'questions' }]],
    ['/mode', [{ kind: 'field', name: 'mode' }]],
    ['', []],
  ])('%s', (pointer, parts) => {
    expect(describePath(pointer, document)).toEqual(parts);
  });

  it('reads what it can of a document that is not one', () => {
    expect(describePath('/questions/0/options/0/key', null)).toEqual([
      { kind: 'question', number: 1, key: null },
      { kind: 'option', number: 1, key: null },
      { kind: 'field', name: 'key' },
    ]);
  });
});

describe('pointers', () => {
  it.each([
    ['/document/questions/3/text', '/questions/3/text', 3],
    ['/questions/12', '/questions/12', 12],
    ['/title', '/title', null],
    ['/document', '', null],
  ])('%s', (pointer, inDocument, question) => {
    expect(documentPointer(pointer)).toBe(inDocument);
    expect(questionIndexOf(pointer)).toBe(question);
  });
});
