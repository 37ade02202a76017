/**
 * Two note-takers wrote the same question's notes at once: one saved first, the other's save was
 * refused (409). Notes are mostly lines added as people speak, so "keep both" keeps the saved
 * text as it is and adds, in their order, the lines of the refused text that it does not have.
 * Nothing either person wrote is lost; a line both wrote appears once.
 */
export function keepBothNotes(saved: string, mine: string): string {
  const savedLines = saved.split(/\r?\n/);
  const present = new Set(savedLines.map((line) => line.trim()).filter(Boolean));
  const added = mine.split(/\r?\n/).filter((line) => line.trim() !== '' && !present.has(line.trim()));
  if (added.length === 0) return saved;
  const base = saved.replace(/\s+$/, '');
  return base ? `${base}\n${added.join('\n')}` : added.join('\n');
}
