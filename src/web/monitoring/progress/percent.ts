/** A share typed as a percent ("50", "37.5", "37,5"), or null unless it is more than 0 and at most 100. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value > 0 && value <= 100 ? value : null;
}
