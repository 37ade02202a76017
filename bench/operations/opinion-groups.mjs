import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Rows of a CSV file as strings (csv-parse: quoted fields, commas and line breaks inside them). */
const readCsv = (text) => parse(text, { relax_column_count: true, skip_empty_lines: true });

const POLIS = ['..', 'shared', 'data', 'polis'];
const CONVERSATIONS = ['15-per-hour-seattle', 'brexit-consensus', 'canadian-electoral-reform', 'vtaiwan.uberx', 'football-concussions', 'scoop-hivemind.affordable-housing'];

/**
 * computeOpinionGroups (the Polis method, from the built core in dist/core, in this process) on
 * synthetic conversations with planted opinion groups, at the two sizes and budgets. The
 * baseline is one plain pass over the same votes tallying agree, disagree and pass per statement in
 * a Map: the least any computation over the votes costs. The first operation also prints how far our
 * groups agree with the groups Polis published for six real conversations (adjusted Rand index),
 * when ../shared/data/polis is next to the repository.
 * @type {import('./index.mjs').Operation[]}
 */
export default [
  sized({ people: 2_000, statements: 900, density: 0.125, budgetMs: 1_000, withPolisAgreement: true }),
  sized({ people: 10_000, statements: 2_000, density: 0.1, budgetMs: 10_000, withPolisAgreement: false }),
];

function sized({ people, statements, density, budgetMs, withPolisAgreement }) {
  const size = `${people.toLocaleString('en')} people x ${statements.toLocaleString('en')} statements`;
  return {
    name: `opinion groups, ${size}`,
    description: `computeOpinionGroups over a seeded conversation of ${size} (${density * 100}% seen, 3 planted groups); baseline: one tally of the same votes`,
    budgetMs,
    async prepare({ root }) {
      const { computeOpinionGroups, adjustedRandIndex } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'engagement', 'opinion-groups', 'index.js')).href);
      if (withPolisAgreement) printPolisAgreement(root, computeOpinionGroups, adjustedRandIndex);
      const { votes, plantedGroup } = plantedConversation({ people, statements, density, groups: 3, seed: 14 });
      // The planted groups must come back, or the bench timed the wrong thing.
      const check = computeOpinionGroups({ votes });
      const clustered = check.participants.filter((p) => p.group !== null);
      const ari = adjustedRandIndex(clustered.map((p) => p.group), clustered.map((p) => plantedGroup.get(p.participant)));
      console.log(`opinion groups, ${size}: ${votes.length.toLocaleString('en')} votes, ${check.groups.length} groups found, adjusted Rand index ${ari.toFixed(3)} against the planted groups`);
      if (ari < 0.9) throw new Error(`the planted groups were not found (adjusted Rand index ${ari.toFixed(3)})`);
      return {
        run: () => {
          const { participants } = computeOpinionGroups({ votes });
          if (participants.length !== people) throw new Error('participants lost');
        },
        baseline: () => {
          const tally = new Map();
          for (const { statement, vote } of votes) {
            const counts = tally.get(statement) ?? tally.set(statement, [0, 0, 0]).get(statement);
            counts[vote === 1 ? 0 : vote === -1 ? 1 : 2] += 1;
          }
          if (tally.size !== statements) throw new Error('statements lost');
        },
      };
    },
  };
}

/**
 * A seeded conversation with planted groups: each group leans to agree (85%) or disagree with each
 * statement; each person sees a random `density` of the statements, passes on a tenth of those, and
 * otherwise votes as their group leans.
 */
function plantedConversation({ people, statements, density, groups, seed }) {
  const random = mulberry32(seed);
  const leanings = Array.from({ length: groups }, () => Float64Array.from({ length: statements }, () => (random() < 0.5 ? 0.85 : 0.15)));
  const votes = [];
  const plantedGroup = new Map();
  for (let p = 0; p < people; p++) {
    const participant = `participant-${p}`;
    const group = Math.floor(random() * groups);
    plantedGroup.set(participant, group);
    for (let s = 0; s < statements; s++) {
      if (random() >= density) continue;
      const vote = random() < 0.1 ? 0 : random() < leanings[group][s] ? 1 : -1;
      votes.push({ participant, statement: `statement-${s}`, vote });
    }
  }
  return { votes, plantedGroup };
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Our groups against Polis's for each exported conversation in ../shared/data/polis, printed; skipped with a word without it. */
function printPolisAgreement(root, computeOpinionGroups, adjustedRandIndex) {
  const dir = path.resolve(root, ...POLIS);
  if (!existsSync(dir)) {
    console.log(`Skipping the agreement with Polis's groups: it needs ${path.join(...POLIS)} next to the repository.`);
    return;
  }
  const lines = CONVERSATIONS.filter((name) => existsSync(path.join(dir, name))).map((name) => {
    const [header, ...rows] = readCsv(readFileSync(path.join(dir, name, 'participants-votes.csv'), 'utf8'));
    const [commentHeader, ...comments] = readCsv(readFileSync(path.join(dir, name, 'comments.csv'), 'utf8'));
    const id = commentHeader.indexOf('comment-id');
    const moderated = commentHeader.indexOf('moderated');
    const moderatedOut = new Set(comments.filter((row) => row[moderated] === '-1').map((row) => row[id]));
    const votes = [];
    const polisGroup = new Map();
    for (const row of rows) {
      if (row.length < 6) continue;
      if (row[1] !== '') polisGroup.set(row[0], row[1]);
      for (let c = 6; c < header.length; c++) if (row[c] === '1' || row[c] === '-1' || row[c] === '0') votes.push({ participant: row[0], statement: header[c], vote: Number(row[c]) });
    }
    const both = computeOpinionGroups({ votes, moderatedOut }).participants.filter((p) => p.group !== null && polisGroup.has(p.participant));
    const ari = adjustedRandIndex(both.map((p) => p.group), both.map((p) => polisGroup.get(p.participant)));
    return `  ${name.padEnd(34)} ${ari.toFixed(3)}  (${both.length} participants clustered by both)`;
  });
  console.log(`Opinion groups against the groups Polis published (adjusted Rand index):\n${lines.join('\n')}`);
}

