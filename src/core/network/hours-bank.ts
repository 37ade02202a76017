/**
 * A consultancy's bank of hours for a client: what was bought, what each entry used, what remains,
 * and the use by coach and by month. Hours are counted in hundredths so sums never drift (0.1 + 0.2).
 */
export interface HoursEntry {
  coachName: string;
  workedOn: string;
  hours: number;
}

export interface HoursBank {
  purchased: number;
  used: number;
  remaining: number;
  /** Past the purchase: the client owes these or the scope must grow. */
  overBy: number;
  byCoach: Array<{ coachName: string; hours: number }>;
  byMonth: Array<{ month: string; hours: number }>;
}

const cents = (hours: number) => Math.round(hours * 100);
const hoursOf = (hundredths: number) => hundredths / 100;

export function hoursBank(purchased: number, entries: readonly HoursEntry[]): HoursBank {
  const used = entries.reduce((sum, entry) => sum + cents(entry.hours), 0);
  const left = cents(purchased) - used;
  const sumBy = (keyOf: (entry: HoursEntry) => string) => {
    const totals = new Map<string, number>();
    for (const entry of entries) totals.set(keyOf(entry), (totals.get(keyOf(entry)) ?? 0) + cents(entry.hours));
    return [...totals.entries()];
  };
  return {
    purchased: hoursOf(cents(purchased)),
    used: hoursOf(used),
    remaining: hoursOf(Math.max(left, 0)),
    overBy: hoursOf(Math.max(-left, 0)),
    byCoach: sumBy((entry) => entry.coachName)
      .map(([coachName, hours]) => ({ coachName, hours: hoursOf(hours) }))
      .sort((a, b) => b.hours - a.hours || a.coachName.localeCompare(b.coachName)),
    byMonth: sumBy((entry) => entry.workedOn.slice(0, 7))
      .map(([month, hours]) => ({ month, hours: hoursOf(hours) }))
      .sort((a, b) => a.month.localeCompare(b.month)),
  };
}
