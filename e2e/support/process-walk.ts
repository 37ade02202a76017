import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { drawFindings, hearTheCommunity, holdDataRetreat, type WalkScope } from './walk-work-areas.js';

/** What the walk needs to know of a shipped template: the phases in order, their deliverables, the readiness items. */
export interface WalkTemplate {
  id: string;
  name: string;
  phases: Array<{ id: string; name: string; durationWeeks: number; deliverables: string[] }>;
  readiness: string[];
}

export function readTemplate(id: string): WalkTemplate {
  const raw = JSON.parse(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8')) as {
    id: string;
    name: string;
    phases: Array<{ id: string; name: string; durationWeeks: number }>;
    deliverables: Array<{ phase: string; name: string }>;
    readiness: Array<{ label: string }>;
  };
  return {
    id: raw.id,
    name: raw.name,
    phases: raw.phases.map((p) => ({ ...p, deliverables: raw.deliverables.filter((d) => d.phase === p.id).map((d) => d.name) })),
    readiness: raw.readiness.map((r) => r.label),
  };
}

const dayMs = 86_400_000;
const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const day = (n: number) => format.format(new Date(n * dayMs));

/** "Jan 4, 2027 – Jan 31, 2027" per phase, as the timeline shows them: phases follow each other, whole weeks long. */
export function expectedPhaseDates(startDate: string, weeks: number[]): string[] {
  let next = Date.parse(`${startDate}T00:00:00Z`) / dayMs;
  return weeks.map((w) => {
    const first = next;
    next += w * 7;
    return `${day(first)} – ${day(next - 1)}`;
  });
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phase rows of the timeline table, each with its dates cell, in order. */
export async function timelinePhaseDates(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Phases, sessions and deliverable due dates of the cycle' });
  const rows = table.locator('tbody > tr');
  const count = await rows.count();
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(((await rows.nth(i).getByRole('cell').first().textContent()) ?? '').trim());
  return dates;
}

/** Every readiness item checked, but the last, which is waived with a reason (the two ways to be ready). */
export async function completeReadiness(page: Page, labels: string[]) {
  for (const [index, label] of labels.entries()) {
    if (index < labels.length - 1) {
      const check = page.getByRole('button', { name: `Mark as checked: ${label}`, exact: true });
      await check.click();
      await check.waitFor({ state: 'detached' });
    } else {
      await page.getByRole('button', { name: `Waive: ${label}`, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Waive “${label}”` });
      await dialog.getByLabel('Reason for the waiver').fill('Agreed at the board retreat to go ahead without it');
      await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
  await expect.poll(() => page.getByText(`${labels.length} of ${labels.length} ready`).count()).toBe(1);
}

/** The button that opens a deliverable in the checklist: its name, perhaps after a letter, perhaps as "Open …". */
export function deliverableButton(checklist: Locator, name: string) {
  return checklist.getByRole('button', { name: new RegExp(`^(Open )?([A-Z]\\. )?${escapeRegExp(name)}$`) });
}

/** The deliverable's history, apart from its description and done-when lines, which may say the same words. */
const history = (dialog: Locator) => dialog.getByRole('region', { name: 'History', exact: true });

async function changeStatus(dialog: Locator, from: string, to: string) {
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: to });
  await dialog.getByRole('button', { name: 'Change status' }).click();
  // The history is reloaded with the cycle, so the event there means both have caught up.
  await history(dialog).getByText(`changed the status from ${from} to ${to}`).waitFor();
}

/**
 * Brings one deliverable to complete through its dialog. With `review`, the long way: in review,
 * approved by the planner (no named reviewer, so any planner signs off), then complete.
 */
export async function completeDeliverable(page: Page, checklist: Locator, name: string, review: boolean) {
  await deliverableButton(checklist, name).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`${escapeRegExp(name)}$`) });
  await dialog.waitFor();
  if (review) {
    await changeStatus(dialog, 'Not started', 'In review');
    await dialog.getByLabel('Comment', { exact: true }).fill('Meets the done-when checks');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await history(dialog).getByText(/ approved it$/).waitFor();
    await changeStatus(dialog, 'In review', 'Complete');
  } else {
    await changeStatus(dialog, 'Not started', 'Complete');
  }
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A file in a layout Waymark knows (Virginia's chronic absenteeism), so it imports with no mapping. */
const knownLayoutFile = [
  'school_year,division,school,subgroup,n_students,percent,school_level,school_short',
  '2023-2024,ACPS,Agnor-Hurt Elementary,All Students,31,6.4,Elementary,Agnor',
  '2023-2024,ACPS,Agnor-Hurt Elementary,Black,6,5.5,Elementary,Agnor',
].join('\n');

/**
 * Does the work a framework's deliverables are produced in, which the checklist requires before
 * they can be complete: through the screens, Louisiana's diagnostic data collection (a data file
 * loaded) and Performance Fact's Instructional Focus (four pages written); through the API, the
 * data retreat's charts, SWOT and priorities and the community's input and findings, whose screens
 * have journeys of their own. Leaves the page back on the cycle.
 */
export async function produceWorkAreas(page: Page, templateId: string) {
  const cycleUrl = page.url();
  const [, organizationId, cycleId] = /\/o\/([^/]+)\/process\/([0-9a-f-]{36})/.exec(cycleUrl)!;
  const base = cycleUrl.slice(0, cycleUrl.indexOf('/o/'));
  if (templateId === 'louisiana-strong-school-systems') {
    await page.goto(`${base}/o/${organizationId}/data`);
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'chronic_absenteeism.csv', mimeType: 'text/csv', buffer: Buffer.from(knownLayoutFile) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('row').filter({ hasText: 'chronic_absenteeism' }).getByText('Ready', { exact: true }).waitFor({ timeout: 30_000 });
  }
  if (templateId === 'performance-fact-strategic-alignment') {
    await page.goto(`${base}/o/${organizationId}/data/instructional-focus/${cycleId}`);
    await page.getByLabel('Our instructional focus').fill('Daily small-group reading in kindergarten to grade 3.');
    await page.getByRole('button', { name: 'Add to What our data and our community tell us' }).click();
    await page.getByRole('group', { name: 'What our data and our community tell us' }).getByLabel('Item 1', { exact: true }).fill('Reading has been flat for four years.');
    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await page.getByRole('group', { name: 'Strategy 1' }).getByLabel('Name', { exact: true }).fill('Structured literacy block');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Who', { exact: true }).fill('Teachers');
    await page.getByLabel('Commits to', { exact: true }).fill('Teach the block every day.');
    await page.getByRole('button', { name: 'Save the Instructional Focus' }).click();
    await page.getByText('Unsaved changes').waitFor({ state: 'detached' });
    await page.getByText('Pages written: 4 of 4').waitFor();
  }
  const scope: WalkScope = { page, base, organizationId: organizationId!, cycleId: cycleId! };
  if (templateId === 'louisiana-strong-school-systems') await holdDataRetreat(scope, knownLayoutFile, { priority: true, rootCauses: true });
  if (templateId === 'koru-vision-and-strategy') await holdDataRetreat(scope, knownLayoutFile, { priority: true, rootCauses: false });
  if (templateId === 'cec-strategic-planning' || templateId === 'performance-fact-strategic-alignment') await holdDataRetreat(scope, knownLayoutFile, { priority: false, rootCauses: false });
  if (templateId === 'performance-fact-strategic-alignment' || templateId === 'thru-community-planning') await hearTheCommunity(scope);
  if (templateId === 'thru-community-planning') await drawFindings(scope);
  if (page.url() !== cycleUrl) await page.goto(cycleUrl);
}
