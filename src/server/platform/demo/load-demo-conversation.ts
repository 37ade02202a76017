import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { createConversation } from '../../engagement/conversations/create-conversation.js';
import { importPolisExport } from '../../engagement/conversations/import-polis-export.js';
import { openConversation } from '../../engagement/conversations/open-conversation.js';

/*
 * The twelve statements of the demo conversation and how likely each of three made-up opinion
 * groups is to agree or disagree with each (the rest pass): two ideas everyone shares, and the
 * rest splitting the groups, so the opinion-groups tab has groups, representative statements,
 * consensus and common ground to show. Invented, not anyone's real votes.
 */
const statements: Array<{ text: string; lean: Array<[agree: number, disagree: number]> }> = [
  { text: 'Every student should have at least one adult at school who knows them well.', lean: [[0.95, 0.02], [0.9, 0.05], [0.9, 0.05]] },
  { text: 'Families should get every school message in the language they speak at home.', lean: [[0.9, 0.05], [0.8, 0.1], [0.85, 0.05]] },
  { text: 'High schools should start the day later so students get more sleep.', lean: [[0.85, 0.1], [0.15, 0.8], [0.4, 0.3]] },
  { text: 'Phones should be put away for the whole school day.', lean: [[0.2, 0.75], [0.9, 0.05], [0.5, 0.3]] },
  { text: 'Homework in elementary school should be optional.', lean: [[0.8, 0.1], [0.1, 0.85], [0.45, 0.4]] },
  { text: 'The district should spend more on career and technical programs.', lean: [[0.4, 0.4], [0.5, 0.3], [0.95, 0.03]] },
  { text: 'Advanced classes should be open to any student who wants to try them.', lean: [[0.9, 0.05], [0.2, 0.7], [0.8, 0.1]] },
  { text: 'Test scores should count for less when we judge how a school is doing.', lean: [[0.85, 0.1], [0.1, 0.85], [0.5, 0.3]] },
  { text: 'Free tutoring after school should be offered at every school.', lean: [[0.85, 0.05], [0.75, 0.1], [0.85, 0.05]] },
  { text: 'Smaller classes matter more than new technology.', lean: [[0.5, 0.3], [0.85, 0.1], [0.8, 0.1]] },
  { text: 'Every student should be able to earn a trade certificate before graduating.', lean: [[0.3, 0.6], [0.4, 0.4], [0.95, 0.02]] },
  { text: 'The school year should be longer.', lean: [[0.1, 0.85], [0.75, 0.15], [0.15, 0.75]] },
];
/** How many participants each opinion group has. */
const groupSizes = [17, 14, 11];
const day = 86_400_000;

/** A small fixed-seed generator (mulberry32): the demo's votes are the same on every load. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The demo's votes as a Polis export's two files, so they come in through the import every district can use. */
export function demoConversationExport(start: number): { comments: string; votes: string } {
  const random = seeded(14);
  const comments = ['timestamp,comment-id,author-id,moderated,comment-body', ...statements.map((s, i) => `${start + i * 60_000},${i},,1,"${s.text.replace(/"/g, '""')}"`)];
  const votes = ['timestamp,comment-id,voter-id,vote'];
  let voter = 0;
  groupSizes.forEach((size, group) => {
    for (let n = 0; n < size; n += 1, voter += 1) {
      statements.forEach((s, i) => {
        // Each person skips about one statement in seven, as people do.
        if (random() < 0.14) return;
        const [agree, disagree] = s.lean[group]!;
        const roll = random();
        const vote = roll < agree ? 1 : roll < agree + disagree ? -1 : 0;
        votes.push(`${start + day + voter * 3_600_000 + i * 30_000},${i},${voter},${vote}`);
      });
    }
  });
  return { comments: `${comments.join('\n')}\n`, votes: `${votes.join('\n')}\n` };
}

/**
 * A vote-mode conversation of the demo cycle, open, with pre-moderation: "What should our schools
 * do more of?" in English and Spanish, with about 40 people's votes on twelve ideas brought in as
 * an earlier conversation's export, so the opinion groups have something to show.
 */
export async function loadDemoConversation(options: { trx: Transaction<DB>; actor: Actor; organizationId: string; cycleId: string; now?: Date }) {
  const { trx, actor, organizationId, cycleId } = options;
  const scope = { db: trx, actor, organizationId };
  const conversation = await createConversation({
    ...scope,
    values: {
      mode: 'vote',
      prompt: { en: 'What should our schools do more of, or differently?', es: '¿Qué deberían hacer más nuestras escuelas, o de otra manera?' },
      languages: ['en', 'es'],
      moderation: 'pre',
      cycle_id: cycleId,
    },
  });
  const now = (options.now ?? new Date()).getTime();
  await importPolisExport({ ...scope, conversationId: conversation.id, files: demoConversationExport(now - 20 * day) });
  await openConversation({ ...scope, conversationId: conversation.id });
  return conversation;
}
