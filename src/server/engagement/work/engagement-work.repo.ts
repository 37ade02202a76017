import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Scope = { organizationId: string; cycleId: string };

/** Counts of what the community has said in a planning cycle, for the engagement domain's work areas. */
export const engagementWorkRepo = {
  /**
   * What was gathered in the cycle: each survey response, each conversation participant who voted
   * or wrote, and each focus group with notes taken. They add up because each is one person's or
   * one group's say, which is what "community input" deliverables ask for.
   */
  async contributions(db: Kysely<DB>, { organizationId, cycleId }: Scope): Promise<number> {
    const row = await db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('survey_responses as r')
          .innerJoin('surveys as s', 's.id', 'r.survey_id')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('s.organization_id', '=', organizationId)
          .where('s.cycle_id', '=', cycleId)
          .as('responses'),
        eb
          .selectFrom('conversation_participants as p')
          .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('c.organization_id', '=', organizationId)
          .where('c.cycle_id', '=', cycleId)
          .where((inner) =>
            inner.or([
              inner.exists(inner.selectFrom('conversation_votes as v').select(sql`1`.as('one')).whereRef('v.participant_id', '=', 'p.id')),
              inner.exists(inner.selectFrom('conversation_statements as st').select(sql`1`.as('one')).whereRef('st.author_participant_id', '=', 'p.id')),
            ]),
          )
          .as('participants'),
        eb
          .selectFrom('focus_groups as g')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('g.organization_id', '=', organizationId)
          .where('g.cycle_id', '=', cycleId)
          .where((inner) => inner.exists(inner.selectFrom('focus_group_notes as n').select(sql`1`.as('one')).whereRef('n.focus_group_id', '=', 'g.id').where(sql<boolean>`btrim(n.text) <> ''`)))
          .as('groups'),
      ])
      .executeTakeFirstOrThrow();
    return Number(row.responses ?? 0) + Number(row.participants ?? 0) + Number(row.groups ?? 0);
  },

  /** Themes drawn from the cycle's surveys, conversations and focus groups: the findings. */
  async themes(db: Kysely<DB>, { organizationId, cycleId }: Scope): Promise<number> {
    const row = await db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('survey_themes as t')
          .innerJoin('surveys as s', 's.id', 't.survey_id')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('s.organization_id', '=', organizationId)
          .where('s.cycle_id', '=', cycleId)
          .as('survey'),
        eb
          .selectFrom('conversation_themes as t')
          .innerJoin('conversations as c', 'c.id', 't.conversation_id')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('c.organization_id', '=', organizationId)
          .where('c.cycle_id', '=', cycleId)
          .as('conversation'),
        eb
          .selectFrom('focus_group_themes as t')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .where('t.organization_id', '=', organizationId)
          .where('t.cycle_id', '=', cycleId)
          .as('focus'),
      ])
      .executeTakeFirstOrThrow();
    return Number(row.survey ?? 0) + Number(row.conversation ?? 0) + Number(row.focus ?? 0);
  },
};
