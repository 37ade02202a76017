import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { bodyOf, errorsOf, type ConversationDraft } from './conversation-draft';

const draft: ConversationDraft = {
  mode: 'vote',
  moderation: 'pre',
  languages: ['en', 'es'],
  prompt: { en: '  What should we do?  ', es: '', vi: 'left from a removed language' },
  opensAt: '',
  closesAt: '2026-06-01T17:00',
  cycleId: '',
  entryId: '',
  verifyEmail: true,
};

describe('the conversation form as the API reads it', () => {
  it('sends the prompt of its languages only, trimmed, without empty texts, and none for unset ids and dates', () => {
    const body = bodyOf(draft);
    expect(body.prompt).toEqual({ en: 'What should we do?' });
    expect(body).toMatchObject({ mode: 'vote', moderation: 'pre', languages: ['en', 'es'], opens_at: null, cycle_id: null, engagement_entry_id: null, verify_email: true });
    expect(body.closes_at).toBe(new Date('2026-06-01T17:00').toISOString());
  });

  it('places each refusal by its pointer and by its field, the first message winning', () => {
    const failure = new ApiError(400, 'invalid_input', 'no', [
      { path: '/prompt/es', message: 'is required' },
      { path: '/prompt/en', message: 'is too long' },
    ]);
    expect(errorsOf(failure)).toEqual({ 'prompt/es': 'is required', prompt: 'is required', 'prompt/en': 'is too long' });
    expect(errorsOf(null)).toEqual({});
  });
});
