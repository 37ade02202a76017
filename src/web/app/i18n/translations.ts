import type { Message } from '../../../core/i18n/format-message';

/** A translation of an English message module: the same keys, each with its own wording. */
export type Translations<English> = { [Key in keyof English]: Message };
