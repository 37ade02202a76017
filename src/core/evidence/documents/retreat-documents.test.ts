import { describe, expect, it } from 'vitest';
import type { PrintBlock, PrintChart, PrintTable } from '../../plan/documents/printout-blocks.js';
import { buildDataPicture } from './build-data-picture.js';
import { buildDiagnosticReport } from './build-diagnostic-report.js';
import { chartPrintBlock } from './retreat-chart-blocks.js';
import type { DocumentChartData, RetreatDocumentInput } from './retreat-document.js';
import { retreatDocumentWords } from './retreat-document-words.js';

const en = retreatDocumentWords.en;
const es = retreatDocumentWords.es;

const bySchool: DocumentChartData = {
  metric: { label: 'ELA proficient', unit: 'percent' },
  by: 'school',
  period: '2023-24',
  group: null,
  compare: null,
  threshold: 10,
  district: { value: 52, n: 330 },
  lines: [
    { label: 'Alder Elementary', cell: { value: 42, n: 100 }, gapToDistrict: -10, gapToComparison: null, change: 2 },
    { label: 'Birch Middle', cell: { suppressed: true, reason: 'small_group' }, gapToDistrict: null, gapToComparison: null, change: null },
    { label: 'Cedar High', cell: { suppressed: true, reason: 'in_file' }, gapToDistrict: null, gapToComparison: null, change: null },
    { label: 'Dogwood Academy', cell: { missing: true }, gapToDistrict: null, gapToComparison: null, change: null },
  ],
};
const overTime: DocumentChartData = {
  ...bySchool,
  by: 'period',
  lines: [
    { label: '2022-23', cell: { value: 50, n: 320 }, gapToDistrict: null, gapToComparison: null, change: null },
    { label: '2023-24', cell: { value: 52, n: 330 }, gapToDistrict: null, gapToComparison: null, change: 2 },
  ],
};

function input(extra: Partial<RetreatDocumentInput> = {}): RetreatDocumentInput {
  return {
    organizationName: 'Lakeshore Schools',
    cycleName: 'Our 2030 plan',
    retreatTitle: 'Winter data retreat',
    frame: 'none',
    dateText: 'December 7, 2026',
    charts: [
      { id: 'c1', question: 'How do our schools read?', area: 'achievement_growth', data: bySchool, dataProblem: null, observations: [{ id: 'o1', kind: 'notice', body: 'Alder is below the district' }, { id: 'o2', kind: 'wonder', body: 'Why is Birch hidden?' }] },
      { id: 'c2', question: 'Are we improving?', area: null, data: overTime, dataProblem: null, observations: [] },
      { id: 'c3', question: 'What about attendance?', area: 'culture', data: null, dataProblem: 'no_data', observations: [] },
    ],
    swot: [
      { quadrant: 'weakness', text: 'Reading below grade level', area: 'achievement_growth', dots: 7, rank: 1, isTied: false, citations: [{ kind: 'chart', question: 'How do our schools read?' }, { kind: 'evidence', text: 'State test 2024' }] },
      { quadrant: 'strength', text: 'Caring staff', area: 'culture', dots: 3, rank: 2, isTied: true, citations: [{ kind: 'observation', body: 'Teachers stay late' }] },
      { quadrant: 'strength', text: 'Strong leaders', area: null, dots: 3, rank: 2, isTied: true, citations: [] },
      { quadrant: 'strength', text: 'New library', area: null, dots: 0, rank: 4, isTied: false, citations: [] },
    ],
    priorities: [
      {
        title: 'Early literacy',
        dots: 7,
        area: 'achievement_growth',
        currentState: '42% of Alder’s students read at grade level.',
        currentEvidence: [{ kind: 'chart', question: 'How do our schools read?' }],
        futureState: 'Every school above 60%.',
        goalTitle: 'Every child reads by third grade',
        gap: '18 points at Alder.',
        rootCauses: { method: 'five_whys', causes: ['Students miss phonics', 'No shared curriculum', 'No time to plan'] },
        caseForChange: 'Reading by third grade predicts graduation.',
      },
      { title: 'Belonging', dots: 3, area: 'culture', currentState: '', currentEvidence: [], futureState: '', goalTitle: null, gap: '', rootCauses: { method: 'fishbone', causes: [{ category: 'People', causes: ['Turnover', 'Few mentors'] }, { category: 'Policies', causes: [] }] }, caseForChange: '' },
    ],
    ...extra,
  };
}

/** Every text a reader could see in the blocks, the tables' and charts' included. */
function textOf(blocks: readonly PrintBlock[]): string {
  const table = (t: PrintTable) => [t.caption, ...t.headers, ...t.rows.flat(2)].join(' | ');
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'cover':
          return [block.organizationName, block.title, ...block.lines].join(' | ');
        case 'pageBreak':
          return '';
        case 'heading':
        case 'paragraph':
          return block.text;
        case 'facts':
          return block.items.map((item) => `${item.label}: ${item.value}`).join(' | ');
        case 'list':
          return block.items.map((item) => `${item.label ?? ''}: ${item.text}`).join(' | ');
        case 'table':
          return table(block);
        case 'chart':
          return [block.title, ...block.points.map((p) => `${p.label} ${p.valueText}`), table(block.table)].join(' | ');
      }
    })
    .join('\n');
}
const headings = (blocks: readonly PrintBlock[]) => blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));
const charts = (blocks: readonly PrintBlock[]) => blocks.filter((block): block is PrintChart => block.kind === 'chart');

describe('a chart of the retreat as a print chart', () => {
  const cases: Array<{ name: string; data: DocumentChartData; shape: 'bars' | 'line'; points: Array<[string, number | null, string]>; reference: number | null; lastRow?: string[][] }> = [
    {
      name: 'by school: bars, hidden and missing cells in words, the district as reference and total row',
      data: bySchool,
      shape: 'bars',
      points: [
        ['Alder Elementary', 42, '42%'],
        ['Birch Middle', null, 'Hidden'],
        ['Cedar High', null, 'Suppressed'],
        ['Dogwood Academy', null, 'No data'],
      ],
      reference: 52,
      lastRow: [['District'], ['52%'], ['330'], ['']],
    },
    { name: 'over time: a line, no reference', data: overTime, shape: 'line', points: [['2022-23', 50, '50%'], ['2023-24', 52, '52%']], reference: null },
  ];
  it.each(cases)('$name', ({ data, shape, points, reference, lastRow }) => {
    const chart = chartPrintBlock('Q?', data, en);
    expect(chart.shape).toBe(shape);
    expect(chart.points.map((p) => [p.label, p.value, p.valueText])).toEqual(points);
    expect(chart.reference?.value ?? null).toBe(reference);
    expect(chart.isPercent).toBe(true);
    if (lastRow) expect(chart.table.rows.at(-1)).toEqual(lastRow);
    expect(chart.table.hasTotalRow ?? false).toBe(Boolean(lastRow));
  });

  it('writes hidden cells in the table by why, never as a number, and differences with their sign', () => {
    const chart = chartPrintBlock('Q?', bySchool, en);
    expect(chart.table.headers).toEqual(['School', 'Value', 'Students (n)', 'Compared with the district']);
    expect(chart.table.rows.slice(0, 4).map((row) => [row[1]![0], row[3]![0]])).toEqual([
      ['42%', '−10.0'],
      ['Hidden (small group)', ''],
      ['Suppressed in the source file', ''],
      ['No data', ''],
    ]);
    expect(chartPrintBlock('Q?', overTime, en).table.rows[1]![3]).toEqual(['+2.0']);
    expect(chartPrintBlock('Q?', { ...bySchool, compare: 'White' }, en).table.headers.at(-1)).toBe('Compared with White');
  });

  it('speaks Spanish: headers, hidden words, numbers', () => {
    const chart = chartPrintBlock('¿Q?', { ...bySchool, lines: [{ ...bySchool.lines[0]!, cell: { value: 42.5, n: 1200 } }, bySchool.lines[1]!] }, es);
    expect(chart.table.headers[0]).toBe('Escuela');
    expect(chart.points.map((p) => p.valueText)).toEqual(['42,5%', 'Oculto']);
    expect(chart.table.rows[0]![2]).toEqual(['1200']);
    expect(chart.table.rows[1]![1]).toEqual(['Oculto (grupo pequeño)']);
    expect(chart.locale).toBe('es');
  });
});

describe('the data picture', () => {
  it('has a cover, then each chart with its question, data and the room’s observations', () => {
    const blocks = buildDataPicture(input(), en);
    expect(blocks[0]).toMatchObject({ kind: 'cover', title: 'Data picture', lines: ['Our 2030 plan', 'Data retreat: Winter data retreat', 'December 7, 2026'] });
    expect(headings(blocks)).toEqual(['1 How do our schools read?', '2 We notice', '2 We wonder', '1 Are we improving?', '1 What about attendance?']);
    expect(charts(blocks).map((chart) => chart.shape)).toEqual(['bars', 'line']);
    const text = textOf(blocks);
    expect(text).toContain('Alder is below the district');
    expect(text).toContain('No observations were written on this chart.');
    expect(text).toContain('The district’s data no longer has what this chart showed.');
    expect(text).toContain('groups of fewer than 10 students');
  });

  it('groups the charts under Performance Fact’s areas when the retreat uses that frame', () => {
    const blocks = buildDataPicture(input({ frame: 'performance_fact' }), en);
    expect(headings(blocks).filter((h) => h.startsWith('1 '))).toEqual(['1 Achievement and growth', '1 Culture', '1 Not sorted into an area']);
    expect(headings(blocks)).toContain('2 How do our schools read?');
  });

  it('says when there are no charts', () => {
    expect(textOf(buildDataPicture(input({ charts: [] }), es))).toContain('El retiro aún no tiene gráficos.');
  });
});

describe('the diagnostic report', () => {
  it('reads cover, purpose, the data in brief, the SWOT, then the priorities in order', () => {
    const blocks = buildDiagnosticReport(input(), en);
    expect(blocks[0]).toMatchObject({ kind: 'cover', title: 'Organizational diagnostic report' });
    expect(headings(blocks).filter((h) => h.startsWith('1 '))).toEqual(['1 Purpose', '1 The data picture in brief', '1 SWOT analysis', '1 Priorities']);
    expect(headings(blocks)).toEqual(expect.arrayContaining(['2 Strengths', '2 Weaknesses', '2 Opportunities', '2 Threats', '2 1. Early literacy', '2 2. Belonging', '3 Where we are', '3 Root causes', '3 The case for change']));
    // The brief has the charts, not the room's observations.
    expect(charts(blocks)).toHaveLength(2);
    expect(textOf(blocks)).not.toContain('Why is Birch hidden?');
  });

  it('lists each quadrant by dots with ranks, ties and citations in words', () => {
    const blocks = buildDiagnosticReport(input(), en);
    const strengths = blocks.find((block): block is PrintTable => block.kind === 'table' && block.caption === 'Strengths, most dots first')!;
    expect(strengths.headers).toEqual(['Item', 'Dots', 'Rank', 'Evidence cited']);
    expect(strengths.rows.map((row) => [row[0]![0], row[1]![0], row[2]![0], row[3]!.join('; ')])).toEqual([
      ['Caring staff', '3', '2 (tied)', 'Observation: “Teachers stay late”'],
      ['Strong leaders', '3', '2 (tied)', ''],
      ['New library', '0', '4', ''],
    ]);
    const weaknesses = blocks.find((block): block is PrintTable => block.kind === 'table' && block.caption === 'Weaknesses, most dots first')!;
    expect(weaknesses.rows[0]![3]).toEqual(['Chart: How do our schools read?', 'State test 2024']);
    expect(textOf(blocks)).toContain('No items.');
  });

  it('writes each priority’s gap analysis: evidence, goal, five whys numbered, fishbone as a table', () => {
    const blocks = buildDiagnosticReport(input(), en);
    const text = textOf(blocks);
    expect(text).toContain('1. Early literacy: 7 dots');
    expect(text).toContain('Evidence: Chart: How do our schools read?');
    expect(text).toContain('Plan goal: Every child reads by third grade');
    expect(text).toContain('Plan goal: Not yet a goal of the plan');
    expect(text).toContain('Why 1: Students miss phonics');
    expect(text).toContain('Why 3: No time to plan');
    const fishbone = blocks.find((block): block is PrintTable => block.kind === 'table' && block.caption === 'Fishbone: causes by category')!;
    // A category with no causes yet is left out.
    expect(fishbone.rows).toEqual([[['People'], ['Turnover', 'Few mentors']]]);
    expect(text.match(/Not written yet\./g)).toHaveLength(4);
  });

  it('puts priorities under Performance Fact’s areas, keeping the team’s numbers, and the SWOT gains an area column', () => {
    const blocks = buildDiagnosticReport(input({ frame: 'performance_fact', priorities: [...input().priorities].reverse() }), en);
    const after = headings(blocks).slice(headings(blocks).indexOf('1 Priorities'));
    expect(after.filter((h) => /^[23] /.test(h) && !/^3 (Where|The|Root)/.test(h))).toEqual(['2 Achievement and growth', '3 2. Early literacy', '2 Culture', '3 1. Belonging']);
    const weaknesses = blocks.find((block): block is PrintTable => block.kind === 'table' && block.caption === 'Weaknesses, most dots first')!;
    expect(weaknesses.headers[1]).toBe('Area');
    expect(weaknesses.rows[0]![1]).toEqual(['Achievement and growth']);
  });

  it('is written in Spanish', () => {
    const blocks = buildDiagnosticReport(input(), es);
    const text = textOf(blocks);
    expect(blocks[0]).toMatchObject({ title: 'Informe de diagnóstico organizacional' });
    for (const words of ['Análisis FODA', 'Fortalezas', 'Causas raíz', 'Porqué 1', 'Razones para el cambio', 'Meta del plan', '2 (empate)']) expect(text).toContain(words);
  });

  it('says when no priorities were chosen', () => {
    expect(textOf(buildDiagnosticReport(input({ priorities: [] }), en))).toContain('The team has not chosen its priorities yet.');
  });
});
