import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAndShoot as shootChecked, chromiumPath, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi, importAdoptedPlan } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * The planning team brings its data in: a district report whose headers Waymark does not know is
 * mapped column by column, previewed and imported (its layout saved for next year); a Virginia
 * absenteeism file imports with no mapping; a school the files name is matched by hand; the
 * indicators explorer shows the schools and the student groups, a small group hidden (never a
 * zero); a plan measure is fed by the indicator, its years written. Every page axe-clean, shot at 1280 and 375 px, in English and Spanish.
 */
if (!chromiumPath) console.warn('Skipping the evidence data journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

/** A district's own report: a title above the headers, names that match no layout, a year meaning the school year ending in it. */
const districtReport = [
  'Riverside Unified - Reading Proficiency Report',
  'Generated 2024-08-01',
  'Campus ID,Campus Name,Test Year,Student Group,Students Tested,Pct Proficient',
  'R-001,Lincoln Elementary,2021,All Students,118,41.5',
  'R-001,Lincoln Elementary,2021,Hispanic,58,37.0',
  'R-001,Lincoln Elementary,2022,All Students,120,45.5',
  'R-001,Lincoln Elementary,2022,Hispanic,60,40.1',
  'R-001,Lincoln Elementary,2022,White,56,50.2',
  'R-001,Lincoln Elementary,2022,American Indian,4,50',
  'R-001,Lincoln Elementary,2022,Gifted Program,30,70.1',
  'R-002,Washington Middle,2021,All Students,190,48.0',
  'R-002,Washington Middle,2022,All Students,200,52.0',
  'R-002,Washington Middle,2022,Hispanic,80,*',
  'R-003,Jefferson High,2022,All Students,150,N/A',
  'DIST,District Total,2022,All Students,470,49.1',
].join('\n');

/** Virginia's chronic absenteeism file, as VDOE writes it: a layout Waymark knows. */
const virginiaAbsenteeism = [
  'school_year,division,school,subgroup,n_students,percent,school_level,school_short',
  '2016-2017,ACPS,Lincoln Elementary,All Students,31,6.4,Elementary,Lincoln',
  '2016-2017,ACPS,Lincoln Elementary,Black,6,5.5,Elementary,Lincoln',
  '2017-2018,ACPS,Lincoln Elementary,All Students,35,7.1,Elementary,Lincoln',
].join('\n');

describe.skipIf(!chromiumPath)('the planning team brings data in and reads indicators in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let dataUrl: string;
  let reportId: string;

  const checkAndShoot = (name: string) => shootChecked(page, name);
  const upload = async (fileName: string, content: string) => {
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Riverside Unified', adminName: 'Rosa Medina', email: 'rosa@riverside.example' });
    page = run.page;
    page.setDefaultTimeout(15_000);
    dataUrl = `${run.server.url}/o/${run.organizationId}/data`;
    for (const school of [
      { name: 'Lincoln Elementary', code: 'R-001' },
      { name: 'Washington Middle School' },
      { name: 'Jefferson High', code: 'R-003' },
    ]) {
      const created = await callApi(page, 'POST', `/api/organizations/${run.organizationId}/schools`, school);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await run?.close();
  });

  it('reaches the data files from the main menu', async () => {
    await page.goto(`${run.server.url}/o/${run.organizationId}`);
    await page.getByRole('link', { name: 'Data', exact: true }).first().click();
    await page.waitForURL(/\/data$/);
    await page.getByRole('heading', { level: 1, name: 'Data files' }).waitFor();
    await page.getByText('No data files yet').waitFor();
    await checkAndShoot('evidence-files-empty');
  });

  it('maps a file it does not know, previews its tidy rows and imports it', async () => {
    await page.getByRole('textbox', { name: /^Name/ }).fill('Reading proficiency 2021-2022');
    await upload('riverside-reading.csv', districtReport);
    await page.waitForURL(/\/data\/datasets\/[0-9a-f-]{36}$/);
    reportId = /datasets\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByRole('heading', { name: 'Which column is which' }).waitFor();
    // The title lines above the headers were skipped by the proposal.
    expect(await page.getByLabel('Header row').inputValue()).toBe('3');

    await page.getByLabel('Code column').selectOption('Campus ID');
    await page.getByLabel('Name column').selectOption('Campus Name');
    await page.getByLabel('Values that mean the whole district').fill('DIST');
    await page.getByLabel('Values that mean the whole district').blur();
    await page.getByLabel('Year column').selectOption('Test Year');
    await page.getByLabel('A single year means the school year ending in it (2023 is 2022-23)').check();
    await page.getByLabel('Student group column').selectOption('Student Group');
    await page.getByLabel('The whole file measures one thing').check();
    await page.getByLabel('Name of the measure').fill('Reading proficiency');
    expect(await page.getByLabel('Short key').inputValue()).toBe('reading_proficiency');
    await page.getByLabel('Unit', { exact: true }).selectOption('percent');
    await page.getByLabel('One value column').check();
    await page.getByLabel('Value column', { exact: true }).selectOption('Pct Proficient');
    await page.getByLabel('Number of students (n) column').selectOption('Students Tested');
    await page.getByLabel('Percentages are written').selectOption('0_100');

    // The live preview follows the mapping: the school year ending in 2022 reads 2021-22.
    const preview = page.getByRole('group', { name: 'Preview of the rows as they will be kept' });
    await preview.getByRole('cell', { name: 'Lincoln Elementary' }).first().waitFor();
    await preview.getByText('2021-22 · All Students').first().waitFor();
    await preview.getByText('Hidden in the file').first().waitFor();
    await checkAndShoot('evidence-mapping');

    await page.getByLabel('Save this layout as').fill('Riverside reading report');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Ready', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText('12 rows: 1 hidden in the file, 1 missing').waitFor();
    const dataset = (await callApi(page, 'GET', `/api/datasets/${reportId}`)).body;
    expect(dataset).toMatchObject({ status: 'ready', rows: 12, suppressed: 1, missing: 1, periods: expect.arrayContaining(['2020-21', '2021-22']) });
    const layouts = (await callApi(page, 'GET', `/api/districts/${run.organizationId}/dataset-layouts`)).body;
    expect(layouts.saved.map((layout: { name: string }) => layout.name)).toContain('Riverside reading report');
    await checkAndShoot('evidence-dataset-ready');
  });

  it('imports a Virginia absenteeism file with no mapping, by its layout', async () => {
    await page.goto(dataUrl);
    await upload('chronic_absenteeism_school_subgroup.csv', virginiaAbsenteeism);
    const row = page.getByRole('row').filter({ hasText: 'chronic_absenteeism_school_subgroup' });
    await row.getByText('Ready', { exact: true }).waitFor({ timeout: 30_000 });
    const list = (await callApi(page, 'GET', `/api/districts/${run.organizationId}/datasets`)).body.datasets as Array<{ name: string; status: string; layout: { name: string } | null; rows: number }>;
    const virginia = list.find((dataset) => dataset.name.includes('chronic_absenteeism'))!;
    expect(virginia.status).toBe('ready');
    expect(virginia.layout?.name).toBe('Virginia chronic absenteeism by school and student group');
    expect(virginia.rows).toBeGreaterThan(0);
    await checkAndShoot('evidence-files');
  });

  it('matches a school the files name to the district’s own', async () => {
    await page.goto(dataUrl);
    await page.getByRole('link', { name: /school in the files is not matched yet|schools in the files are not matched yet/ }).click();
    await page.waitForURL(/\/data\/schools$/);
    await page.getByRole('heading', { level: 1, name: 'Schools in the files' }).waitFor();
    const select = page.getByLabel('What Washington Middle is');
    const washington = (await callApi(page, 'GET', `/api/districts/${run.organizationId}/evidence/entities`)).body.schools.find((school: { name: string }) => school.name === 'Washington Middle School');
    await select.selectOption(`school:${washington.id}`);
    await checkAndShoot('evidence-schools');
    await page.getByRole('button', { name: 'Save matches' }).click();
    await page.getByText('One match saved').first().waitFor();
    const entities = (await callApi(page, 'GET', `/api/districts/${run.organizationId}/evidence/entities`)).body.entities as Array<{ key: string; status: string; school_id: string | null }>;
    expect(entities.find((entity) => entity.key === 'R-002')).toMatchObject({ status: 'school', school_id: washington.id });
    expect(entities.find((entity) => entity.key === 'DIST')).toMatchObject({ status: 'district' });
  });

  it('says a name the files use is not a student group', async () => {
    await page.goto(`${dataUrl}/groups`);
    await page.getByRole('heading', { level: 1, name: 'Student groups in the files' }).waitFor();
    await page.getByRole('cell', { name: 'Hispanic', exact: true }).waitFor();
    await page.getByLabel('District student group for “Gifted Program”').selectOption({ label: 'Not a student group' });
    await checkAndShoot('evidence-groups');
    await page.getByRole('button', { name: 'Save matches' }).click();
    await page.getByText('One match saved').first().waitFor();
    const labels = (await callApi(page, 'GET', `/api/districts/${run.organizationId}/evidence/groups`)).body.labels as Array<{ label: string; match: string }>;
    expect(labels.find((label) => label.label === 'Gifted Program')).toMatchObject({ match: 'not_a_group' });
    expect(labels.find((label) => label.label === 'Hispanic')?.match).toMatch(/listed|alias/);
  });

  it('reads the indicator by school and by student group, a small group hidden rather than zero', async () => {
    await page.goto(`${dataUrl}/indicators`);
    await page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor();
    await page.getByLabel('Measure', { exact: true }).selectOption('reading_proficiency');
    await page.getByLabel('Year', { exact: true }).selectOption('2021-22');
    const table = page.getByRole('table', { name: /Reading proficiency/ });
    await table.getByRole('rowheader', { name: 'Lincoln Elementary' }).waitFor();
    await table.getByRole('rowheader', { name: 'Washington Middle School' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Lincoln Elementary' }).textContent()).toContain('45.5%');
    // Jefferson's value was N/A in the file: missing, not zero.
    expect(await table.getByRole('row').filter({ hasText: 'Jefferson High' }).textContent()).toContain('Missing');
    await checkAndShoot('evidence-indicators-by-school');

    await page.getByLabel('View', { exact: true }).selectOption('group');
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'Lincoln Elementary' });
    const byGroup = page.getByRole('table', { name: /Reading proficiency, Lincoln Elementary/ });
    const small = byGroup.getByRole('row').filter({ hasText: 'American Indian' });
    await small.waitFor();
    expect(await small.textContent()).toMatch(/Hidden \(fewer than \d+ students\)/);
    expect(await small.textContent()).not.toContain('50.0%');
    await checkAndShoot('evidence-indicators-by-group');

    await page.getByLabel('View', { exact: true }).selectOption('period');
    await page.getByRole('table', { name: /over time/ }).getByRole('rowheader', { name: '2020-21' }).waitFor();
    await checkAndShoot('evidence-indicators-over-time');
  });

  it('feeds a plan measure from the indicator, the years it fed shown under the measure', async () => {
    const planId = await importAdoptedPlan(
      page,
      run.organizationId,
      {
        format: 'strategic-plan/v1',
        organization: { name: 'Riverside Unified', kind: 'district' },
        plan: {
          title: 'Riverside 2024-2027',
          goals: [{ key: 'G1', title: 'Every child reads well', measures: [{ key: 'G1.M1', name: 'Reading proficiency at Lincoln', unit: 'percent', direction: 'increase', cadence: 'annual', baseline: { period: { label: '2020-21' }, value: 40 }, targets: [{ period: { label: '2021-22' }, value: 45 }, { period: { label: '2023-24' }, value: 55 }] }] }],
        },
      },
      '2023-08-01',
    );
    await page.goto(`${run.server.url}/o/${run.organizationId}/plans/${planId}?element=G1.M1`);
    const section = page.getByRole('region', { name: 'Fed by data' });
    await section.getByRole('button', { name: 'Feed it from data' }).click();
    await section.getByLabel('Measure in the data').selectOption('reading_proficiency');
    await section.getByLabel('For', { exact: true }).selectOption({ label: 'Lincoln Elementary' });
    await section.getByRole('button', { name: 'Feed from data' }).click();
    await section.getByText(/Years fed: .*2021-22/).waitFor();
    const feeds = (await callApi(page, 'GET', `/api/plans/${planId}/measure-feeds`)).body.feeds;
    expect(feeds).toEqual([expect.objectContaining({ measure_key: 'G1.M1', metric: 'reading_proficiency', group_name: null, periods_fed: expect.arrayContaining(['2021-22']) })]);
    // The actual arrived in the measure's series: Lincoln's 2021-22 value.
    const series = (await callApi(page, 'GET', `/api/plans/${planId}/measures/G1.M1/series`)).body;
    expect(series.actuals).toEqual(expect.arrayContaining([expect.objectContaining({ period: expect.objectContaining({ label: '2021-22' }), value: 45.5 })]));
    await section.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'the measure fed by data');
    await page.screenshot({ path: 'test-results/screens/evidence-measure-feed-1280.png' });
  });

  it('reads every data page in Spanish', async () => {
    await page.goto(dataUrl);
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Archivos de datos' }).waitFor();
    const pages: Array<[string, string, string]> = [
      ['', 'Archivos de datos', 'evidence-files-es'],
      [`/datasets/${reportId}`, 'Reading proficiency 2021-2022', 'evidence-dataset-es'],
      ['/schools', 'Escuelas en los archivos', 'evidence-schools-es'],
      ['/groups', 'Grupos de estudiantes en los archivos', 'evidence-groups-es'],
      ['/indicators?metric=reading_proficiency&by=group&period=2021-22', 'Indicadores', 'evidence-indicators-es'],
    ];
    for (const [path, title, name] of pages) {
      await page.goto(`${dataUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkAndShoot(name);
    }
    await page.getByRole('table', { name: /Reading proficiency/ }).getByText(/Oculto \(menos de \d+ estudiantes\)/).first().waitFor();
    await page.getByLabel('Idioma').first().selectOption('en');
  });
});
