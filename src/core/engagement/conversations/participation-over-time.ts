/**
 * How a conversation filled up, day by day: new participants, new statements and votes (or
 * ratings) cast, for the team's results screen. Days are calendar dates ("YYYY-MM-DD"), as
 * participants are stored (joined on a day, no time); a vote counts on the day of its latest value,
 * since a later vote replaces an earlier one.
 */

export interface ParticipationDay {
  day: string;
  participants: number;
  statements: number;
  votes: number;
}

export interface DayCount {
  day: string;
  count: number;
}

/** Longest span listed day by day; a longer one is given from its last day back (the rest still counts in totals). */
export const MAX_DAYS = 366;

/**
 * Every day from the first to the last with anything on it, quiet days as zeros so a chart's
 * x-axis is time, oldest first.
 */
export function participationOverTime(options: { participants: readonly DayCount[]; statements: readonly DayCount[]; votes: readonly DayCount[] }): ParticipationDay[] {
  const days = new Map<string, ParticipationDay>();
  const at = (day: string) => days.get(day) ?? days.set(day, { day, participants: 0, statements: 0, votes: 0 }).get(day)!;
  for (const { day, count } of options.participants) at(day).participants += count;
  for (const { day, count } of options.statements) at(day).statements += count;
  for (const { day, count } of options.votes) at(day).votes += count;
  if (days.size === 0) return [];
  const sorted = [...days.keys()].sort();
  const last = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  const first = Math.max(Date.parse(`${sorted[0]}T00:00:00Z`), last - (MAX_DAYS - 1) * 86_400_000);
  const result: ParticipationDay[] = [];
  for (let time = first; time <= last; time += 86_400_000) result.push(at(new Date(time).toISOString().slice(0, 10)));
  return result;
}
