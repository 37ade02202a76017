import { describe, expect, it } from 'vitest';
import { forgetUnsent, keepUnsent, readUnsent } from './note-outbox';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key), items };
}

describe('notes kept on the device until sent', () => {
  it('keeps each question apart, per focus group, and forgets what was sent', () => {
    const store = memoryStorage();
    keepUnsent('g1', 'needs', { text: 'Buses', baseVersion: 0 }, store);
    keepUnsent('g1', 'welcome', { text: 'Warm', baseVersion: 2 }, store);
    keepUnsent('g2', 'needs', { text: 'Other group', baseVersion: 1 }, store);
    expect(readUnsent('g1', store)).toEqual({ needs: { text: 'Buses', baseVersion: 0 }, welcome: { text: 'Warm', baseVersion: 2 } });
    forgetUnsent('g1', 'needs', store);
    expect(readUnsent('g1', store)).toEqual({ welcome: { text: 'Warm', baseVersion: 2 } });
    forgetUnsent('g1', 'welcome', store);
    expect(store.items.has('waymark:focus-group-notes:g1')).toBe(false);
    expect(readUnsent('g2', store).needs?.text).toBe('Other group');
  });

  it('reads nothing from a broken or missing storage', () => {
    const store = memoryStorage();
    store.setItem('waymark:focus-group-notes:g1', '{not json');
    expect(readUnsent('g1', store)).toEqual({});
    expect(readUnsent('g1', null)).toEqual({});
  });
});
