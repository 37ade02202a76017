/*
 * The arithmetic every chart of results shares, on the dashboard and on the public page: round
 * value ticks, and the school year a period belongs to for the time axis.
 */

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits the span into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Round ticks covering [min, max] with a little room, about `count` intervals; a single value gets
 * a band around it. Floating-point noise is rounded away so labels read "0.3", not "0.30000000000000004".
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let low = min;
  let high = max;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, count);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return ticks;
}

/**
 * The year a period belongs to, as plans write it: "2025-26" for "2025-26", "2025-26 Q2" or
 * "SY2025-26"; "FY2026" for "FY2026 H1"; "2026" for "2026-Q2" or "Q2 2026"; the label itself
 * otherwise. A school year is never shown as the calendar year it ends in.
 */
export function yearOfPeriod(label: string): string {
  const text = label.trim();
  const schoolYear = /^(?:SY\s?)?((\d{4})-(\d{2}))(?!\d)/i.exec(text);
  // "2025-26" is a school year; "2025-09" is a month of 2025.
  if (schoolYear && Number(schoolYear[3]) === (Number(schoolYear[2]) + 1) % 100) return schoolYear[1]!;
  const fiscal = /^(FY\s?\d{4})/i.exec(text);
  if (fiscal) return fiscal[1]!.replace(/\s/, '').toUpperCase();
  const calendar = /^(\d{4})(?:-Q[1-4]|-\d{2})?$/i.exec(text) ?? /^Q[1-4] (\d{4})$/i.exec(text);
  return calendar ? calendar[1]! : text;
}
