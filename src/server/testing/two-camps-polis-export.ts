/**
 * A small Polis export for tests of what conversations found: twelve voters in two camps of six,
 * split on statements 0-6 and all agreeing with statement 7 (the one statement that truly bridges
 * the two opinion groups); statement 8 was moderated out in Polis.
 */
export const twoCampsTexts = ['Longer school day', 'More homework', 'Uniforms', 'Ban phones', 'Later start', 'Four-day week', 'Open campus lunch', 'Every graduate can manage money', 'Buy cheap watches'];
export const twoCampsBridging = twoCampsTexts[7]!;

export function twoCampsPolisExport(): { 'comments.csv': string; 'votes.csv': string } {
  const comments = ['timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body', ...twoCampsTexts.map((text, id) => `1700000000000,x,${id},,0,0,${id === 8 ? -1 : 1},${text}`)];
  const votes = ['timestamp,datetime,comment-id,voter-id,vote'];
  for (let voter = 0; voter < 12; voter += 1) {
    for (let comment = 0; comment < 8; comment += 1) {
      const camp = voter < 6 ? 1 : -1;
      const value = comment === 7 ? 1 : comment < 4 ? camp : -camp;
      votes.push(`${1700000000000 + voter * 100 + comment},x,${comment},${voter},${value}`);
    }
  }
  return { 'comments.csv': comments.join('\n'), 'votes.csv': votes.join('\n') };
}
