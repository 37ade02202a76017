/**
 * The 1-based line of a file's header row. State files often put a title, a date and blank lines
 * above it (Texas TAPR, California Dashboard downloads), so the first line is not always the one.
 * A header row is the first line that is about as wide as the table, mostly text rather than
 * numbers, and followed by a line of about the same width (the first data row).
 */
const SCAN_LINES = 60;

export function findHeaderRow(rows: string[][]): number {
  const scanned = rows.slice(0, SCAN_LINES);
  const filled = scanned.map(countFilled);
  const width = Math.max(0, ...filled);
  if (width === 0) return 1;
  for (let index = 0; index < scanned.length; index++) {
    const row = scanned[index] ?? [];
    const cells = filled[index] ?? 0;
    if (cells < Math.max(2, Math.ceil(width * 0.6)) && !(width === 1 && cells === 1)) continue;
    if (countText(row) < cells * 0.6) continue;
    const next = nextFilledIndex(filled, index + 1);
    // The last line of the sample can only be the header when nothing follows it.
    if (next === -1) return index + 1;
    if ((filled[next] ?? 0) >= Math.max(1, Math.floor(cells * 0.5))) return index + 1;
  }
  return 1;
}

function countFilled(row: string[]): number {
  let count = 0;
  for (const cell of row) if (cell.trim() !== '') count++;
  return count;
}

function countText(row: string[]): number {
  let count = 0;
  for (const cell of row) {
    const text = cell.trim();
    if (text !== '' && !looksNumeric(text)) count++;
  }
  return count;
}

/** "2023" is a header in a wide-by-year file; "62.5", "1,234", "45%" are data. */
function looksNumeric(text: string): boolean {
  if (/^(?:19|20)\d\d$/.test(text)) return false;
  return /^[+-]?[\d,]*\.?\d+\s*%?$/.test(text);
}

function nextFilledIndex(filled: number[], from: number): number {
  for (let index = from; index < filled.length; index++) if ((filled[index] ?? 0) > 0) return index;
  return -1;
}
