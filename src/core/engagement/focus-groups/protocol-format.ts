import { z } from 'zod';
import { storable } from '../../platform/storable-text.js';
import { constituencies } from '../../process/constituencies.js';
import { answerKey, languageCode } from '../survey-format.js';

/**
 * A focus-group protocol: the questions a facilitator asks, each with its follow-up probes and the
 * minutes it should take. Every text is a map of language to text, like the survey format, so one
 * protocol carries its English and Spanish (and any language the district adds). The shipped
 * library (protocol-library.ts) is read-only; a district copies one and edits the copy.
 */

const localized = (max: number) =>
  z
    .record(languageCode, storable(z.string().trim().max(max, `must be at most ${max} characters`)))
    .refine((texts) => Object.values(texts).some((text) => text.length > 0), { message: 'needs a text in at least one language', params: { issue: 'required' } });

export const protocolQuestionSchema = z.strictObject({
  /** Names the question's notes; stays put when the wording changes. */
  key: answerKey,
  text: localized(1000),
  /** Follow-ups the facilitator may use when the room is quiet or an answer is vague. */
  probes: z.array(localized(500)).max(12),
  /** Planned time for the question, so the facilitator can pace the hour. */
  minutes: z.number().int().min(1).max(180),
});
export type ProtocolQuestion = z.infer<typeof protocolQuestionSchema>;

export const protocolSchema = z.strictObject({
  title: localized(200),
  /** What the conversation is for, read to participants at the start. */
  purpose: localized(2000),
  /** Who the protocol is written for; the focus group names its own composition. */
  constituency: z.enum(constituencies),
  /** The languages every text is expected in; the first is the default. */
  languages: z.array(languageCode).min(1).max(20),
  questions: z
    .array(protocolQuestionSchema)
    .min(1)
    .max(40)
    .superRefine((questions, ctx) => {
      const seen = new Set<string>();
      questions.forEach((question, index) => {
        if (seen.has(question.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'is used by another question', params: { issue: 'duplicate' } });
        seen.add(question.key);
      });
    }),
});
export type Protocol = z.infer<typeof protocolSchema>;

/** A protocol of the shipped library, with where it comes from. */
export interface LibraryProtocol {
  key: string;
  /** The frameworks of ../shared/seeds that call for it ("koru", "cec", "thru", "louisiana"). */
  frameworks: readonly string[];
  /** When in the cycle it is used, in words. */
  when: Record<'en' | 'es', string>;
  protocol: Protocol;
}

/** The text in `language`, else in the protocol's first language that has one, else any. */
export function protocolText(text: Record<string, string>, language: string, fallbacks: readonly string[] = ['en']): string {
  for (const candidate of [language, ...fallbacks]) {
    const value = text[candidate];
    if (value) return value;
  }
  return Object.values(text).find(Boolean) ?? '';
}

/** Minutes the whole protocol is planned to take. */
export function plannedMinutes(protocol: Pick<Protocol, 'questions'>): number {
  return protocol.questions.reduce((sum, question) => sum + question.minutes, 0);
}
