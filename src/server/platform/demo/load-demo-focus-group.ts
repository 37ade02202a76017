import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { codeFocusGroupNotes } from '../../engagement/focus-groups/code-focus-group-notes.js';
import { createFocusGroup } from '../../engagement/focus-groups/create-focus-group.js';
import { addTheme } from '../../engagement/focus-groups/manage-themes.js';
import { saveFocusGroupNote } from '../../engagement/focus-groups/save-focus-group-note.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';

const dayMs = 86_400_000;

/** What the demo's note-takers wrote, per question: summaries, and participants' words as quote lines. */
const familyNotes: Record<string, string> = {
  proud: 'Teachers who call home. The bilingual night at Alder Creek.\n“Mi hija aprendió a leer en inglés y en español.”',
  working: 'Small reading groups in the early grades. Front office staff who speak Spanish.\n“La maestra de mi hijo me manda mensajes en español.”',
  concerns: 'Buses late most mornings on the east side. Messages from the district come only in English.\n“El autobús llega tarde casi todos los días.”\n“No entiendo los correos de la escuela.”',
  future: 'Graduates who are bilingual and ready for college or a trade. Families welcome at every school.',
  priorities: 'Tutoring after school; transport; everything sent home in Spanish too.\n“Tutorías después de clase, por favor.”',
};
const studentNotes: Record<string, string> = {
  learning: 'Labs and projects; teachers who explain twice.\n“Science is the only class where we build things.”',
  obstacles: 'Phones in class; missing first period because of the bus.\n“The bus makes me miss first period twice a week.”',
  superintendent: 'More electives, tutoring at lunch, later start.\n“I would make tutoring something you can do at lunch.”',
};

/**
 * Two focus groups of the demo cycle's first open phase, with notes and the cycle's codebook: Spanish-
 * speaking families (community vision protocol) and students, both coded, so the synthesis table shows
 * themes several groups raised with their words. Loaded through the focus-group use-cases.
 */
export async function loadDemoFocusGroup(options: { trx: Transaction<DB>; actor: Actor; organizationId: string; cycleId: string }) {
  const { trx, actor, organizationId, cycleId } = options;
  const scope = { db: trx, actor, organizationId, cycleId };
  const contents = (await readCycleContents({ db: trx, organizationId, cycleId }))!;
  const phase = contents.phases.find((candidate) => !candidate.closed_at) ?? contents.phases[0]!;
  const dayIn = (days: number) => new Date(Date.parse(`${phase.start_date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

  const families = await createFocusGroup({
    ...scope,
    values: {
      new_session: { phase_id: phase.id, name: 'Family focus group (Spanish)', date: dayIn(3) },
      library_key: 'community-vision',
      constituency: 'families',
      language: 'es',
      label: 'Alder Creek and Birchwood families',
      participant_count: 11,
      facilitator: 'Luis Herrera',
    },
  });
  const students = await createFocusGroup({
    ...scope,
    values: {
      new_session: { phase_id: phase.id, name: 'Student focus group', date: dayIn(5) },
      library_key: 'students',
      constituency: 'students',
      language: 'en',
      label: 'Juniper Middle School',
      participant_count: 9,
      facilitator: 'Nadia Osei',
    },
  });
  for (const [group, notes] of [[families, familyNotes], [students, studentNotes]] as const) {
    for (const [questionKey, text] of Object.entries(notes)) await saveFocusGroupNote({ ...scope, focusGroupId: group.id, questionKey, version: 0, text });
  }

  const theme = async (name: string, description: string) => (await addTheme({ ...scope, values: { name, description } })).id;
  const transport = await theme('Transportation', 'Getting to school on time: buses, routes, distance');
  const tutoring = await theme('Tutoring and extra help', 'Help outside regular class time');
  const language = await theme('Communication in families’ languages', 'Messages, meetings and staff in the languages families speak');
  await theme('Belonging', 'Feeling welcome and known at school');

  const code = (focusGroupId: string, questionKey: string, themeIds: string[], passage: string | null) => codeFocusGroupNotes({ ...scope, focusGroupId, questionKey, themeIds, passage });
  await code(families.id, 'concerns', [transport], '“El autobús llega tarde casi todos los días.”');
  await code(families.id, 'concerns', [language], '“No entiendo los correos de la escuela.”');
  await code(families.id, 'priorities', [tutoring, transport, language], null);
  await code(families.id, 'working', [language], null);
  await code(students.id, 'obstacles', [transport], '“The bus makes me miss first period twice a week.”');
  await code(students.id, 'superintendent', [tutoring], '“I would make tutoring something you can do at lunch.”');
  return { focusGroupId: families.id };
}
