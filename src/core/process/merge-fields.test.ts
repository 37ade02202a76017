import { describe, expect, it } from 'vitest';
import { fieldsUsed, fillMergeFields, insertMergeField, unknownFields } from './merge-fields.js';

describe('merge fields', () => {
  it.each([
    ['plain text', 'Hello there', []],
    ['known fields, once each', 'Dear {{recipient_name}}, {{district_name}} and {{ district_name }}', ['recipient_name', 'district_name']],
    ['an unknown name', 'See {{school_name}} on {{session_date}}', ['school_name', 'session_date']],
    ['an empty pair', 'Odd {{}} here', ['']],
    ['a lone opening brace pair is text', 'Use {{ with care', []],
  ])('finds the fields of %s', (_label, text, names) => {
    expect(fieldsUsed(text)).toEqual(names);
  });

  it('names only the unknown ones', () => {
    expect(unknownFields('{{link}} {{Link}} {{school}} {{district_name}}')).toEqual(['Link', 'school']);
  });

  it('fills what has a value and lists what is still missing', () => {
    const result = fillMergeFields('Dear {{recipient_name}}, join {{district_name}} on {{session_date}}: {{ link }} ({{session_date}})', {
      recipient_name: 'Ana',
      district_name: 'Prairie View',
      link: 'https://example.org/s',
    });
    expect(result.text).toBe('Dear Ana, join Prairie View on {{session_date}}: https://example.org/s ({{session_date}})');
    expect(result.missing).toEqual(['session_date']);
  });

  it('leaves unknown names as written and does not read $ patterns in values', () => {
    expect(fillMergeFields('{{x}} {{link}}', { link: '$& $1' }).text).toBe('{{x}} $& $1');
  });

  it.each([
    ['at the cursor', 'Hello !', 6, 6, 'Hello {{recipient_name}}!', 24],
    ['over a selection', 'Hello NAME!', 6, 10, 'Hello {{recipient_name}}!', 24],
    ['at the start', 'x', 0, 0, '{{recipient_name}}x', 18],
    ['past the end (clamped)', 'ab', 9, 12, 'ab{{recipient_name}}', 20],
  ])('inserts a field %s', (_label, text, start, end, expected, cursor) => {
    expect(insertMergeField(text, start, end, 'recipient_name')).toEqual({ text: expected, cursor });
  });
});
