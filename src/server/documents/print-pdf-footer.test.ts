import { describe, expect, it } from 'vitest';
import { footerOf } from './print-pdf.js';

describe('the printed footer', () => {
  it.each<[string, string, RegExp]>([
    ['English', '<!doctype html>\n<html lang="en"><head>', /Plan 2027 · Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/],
    ['Spanish', '<!doctype html>\n<html lang="es"><head>', /Plan 2027 · Página <span class="pageNumber"><\/span> de <span class="totalPages"><\/span>/],
    ['Spanish of a region', '<!doctype html><html class="print" lang="es-MX">', /Página .* de /],
    ['no language: English', '<!doctype html><html><head>', /Page .* of /],
  ])('numbers the pages in the document’s language: %s', (_case, html, expected) => {
    expect(footerOf('Plan 2027', html)).toMatch(expected);
  });

  it('escapes the footer’s text', () => {
    expect(footerOf('<b>Plan</b>', '<html lang="en">')).toContain('&lt;b&gt;Plan&lt;/b&gt;');
  });
});
