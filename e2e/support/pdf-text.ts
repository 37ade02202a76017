import { spawnSync } from 'node:child_process';

/** The text of a PDF by poppler's pdftotext; null (with a warning) where it is not installed, so only that check is left out. */
export function pdfText(pdf: Buffer): string | null {
  const result = spawnSync('pdftotext', ['-', '-'], { input: pdf });
  if (result.error) {
    console.warn('pdftotext is not installed (apt-get install poppler-utils), so the PDF’s text was not checked');
    return null;
  }
  return result.stdout.toString('utf8');
}
