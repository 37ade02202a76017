import { describe, expect, it } from 'vitest';
import { findThemes } from './find-themes.js';
import { OTHER_THEME_KEY, type Answer, type Theme } from './themes-types.js';

/** Sixty comments on three clear topics, two thirds in English and one third in Spanish. */
const TOPICS = {
  bus: {
    words: ['bus', 'autobús', 'route', 'stop', 'parada', 'ruta'],
    texts: [
      'The bus route takes over an hour each morning.',
      'Our bus stop is on a busy road with no sidewalk.',
      'The bus is late almost every day.',
      'Please add a bus stop closer to our street.',
      'Bus routes changed and nobody told the families.',
      'My son misses the bus because the stop moved.',
      'The bus driver is great but the route is too long.',
      'Bus stop safety is my biggest worry.',
      'Kids stand at the bus stop in the dark.',
      'Shorter bus routes, please.',
      'The afternoon bus drops kids off very late.',
      'Too many students on one bus route.',
      'We need a safer bus stop near the highway.',
      'El autobús llega tarde casi todos los días.',
      'La parada del autobús está muy lejos de casa.',
      'La ruta del autobús es demasiado larga.',
      'Los niños esperan el autobús en la oscuridad.',
      'Necesitamos una parada de autobús más segura.',
      'El autobús de la tarde llega muy tarde.',
      'Cambiaron la ruta del autobús sin avisar.',
    ],
  },
  classSize: {
    words: ['class', 'classes', 'sizes', 'clases', 'alumnos', 'clase'],
    texts: [
      'Class sizes are too big this year.',
      'My daughter has 32 students in her class.',
      'Smaller class sizes would help the teachers.',
      'The classes are overcrowded.',
      'Class size in kindergarten is too large.',
      'Reduce class sizes in the early grades.',
      'Teachers cannot help everyone in such big classes.',
      'Large class sizes hurt reading.',
      'There are too many students per class.',
      'Hire more teachers to lower class sizes.',
      'Our math class has 35 kids.',
      'Class sizes keep growing every year.',
      'Big classes mean less attention for each child.',
      'Las clases tienen demasiados alumnos.',
      'Hay más de treinta alumnos en cada clase.',
      'Clases más pequeñas, por favor.',
      'Los maestros no pueden atender a tantos alumnos por clase.',
      'El tamaño de las clases es muy grande.',
      'Necesitamos más maestros y clases más pequeñas.',
      'Demasiados alumnos en la clase de mi hija.',
    ],
  },
  startTime: {
    words: ['start', 'starts', 'time', 'early', 'entrada', 'hora', 'temprano', 'escuela'],
    texts: [
      'School starts too early for teenagers.',
      'The start time of 7:15 is far too early.',
      'Later start times would help students sleep.',
      'High school should start later in the morning.',
      'Teens need more sleep; start school later.',
      'An early start time makes my son exhausted.',
      'Move the start time to 8:30.',
      'The school day starts before sunrise.',
      'Early start times hurt attendance.',
      'Please consider a later start time.',
      'Students are tired because school starts so early.',
      'Start times should match sleep research.',
      'A later start would improve grades.',
      'La escuela empieza demasiado temprano.',
      'La hora de entrada es muy temprano para los jóvenes.',
      'Los estudiantes necesitan dormir más, la hora de entrada debe cambiar.',
      'Si la escuela empieza más tarde, los estudiantes duermen más.',
      'La hora de entrada a las siete es muy temprano.',
      'Mis hijos están cansados porque la escuela empieza muy temprano.',
      'Cambien la hora de entrada a una hora más tarde.',
    ],
  },
} as const;
type Topic = keyof typeof TOPICS;
const topicNames = Object.keys(TOPICS) as Topic[];

const mixed: Answer[] = topicNames.flatMap((topic) => TOPICS[topic].texts.map((text, i) => ({ id: `${topic}-${String(i).padStart(2, '0')}`, text })));
const english: Answer[] = mixed.filter((answer) => Number(answer.id.slice(-2)) < 13);
const topicOf = (id: string) => id.split('-')[0] as Topic;

function themeOfAnswer(themes: Theme[]): Map<string, Theme> {
  return new Map(themes.flatMap((theme) => theme.answerIds.map((id) => [id, theme] as const)));
}

describe('findThemes on three clear topics', () => {
  describe.each([
    ['English and Spanish', mixed],
    ['English only', english],
  ])('%s', (_, answers) => {
    const { themes } = findThemes(answers);

    it('puts every answer in exactly one theme', () => {
      const ids = themes.flatMap((theme) => theme.answerIds);
      expect(ids.sort()).toEqual(answers.map((answer) => answer.id).sort());
    });

    it('never mixes two topics in one theme', () => {
      for (const theme of themes) expect(new Set(theme.answerIds.map(topicOf)), theme.label).toHaveLength(1);
    });

    it.each(topicNames)('labels every theme of %s with its words', (topic) => {
      const topicThemes = themes.filter((theme) => theme.answerIds.every((id) => topicOf(id) === topic));
      expect(topicThemes.length).toBeGreaterThan(0);
      for (const theme of topicThemes) {
        const labelWords = theme.label.toLowerCase().split(/[ ,]+/);
        expect(labelWords.some((word) => (TOPICS[topic].words as readonly string[]).includes(word)), theme.label).toBe(true);
      }
    });

    it('gives each theme 2-4 words of label, distinctive words and three quotes from its own answers', () => {
      for (const theme of themes) {
        expect(theme.label.split(/[ ,]+/).length).toBeGreaterThanOrEqual(1);
        expect(theme.label.split(/[ ,]+/).length).toBeLessThanOrEqual(4);
        expect(theme.words.length).toBeGreaterThan(0);
        expect(theme.samples).toHaveLength(3);
        expect(new Set(theme.samples).size).toBe(3);
        for (const [i, id] of theme.sampleIds.entries()) {
          expect(theme.answerIds).toContain(id);
          expect(answers.find((answer) => answer.id === id)?.text).toBe(theme.samples[i]);
        }
      }
    });

    it('numbers themes from the largest, with no "Other" when every answer has words', () => {
      expect(themes.map((theme) => theme.key)).toEqual(themes.map((_, i) => `theme-${i + 1}`));
      const sizes = themes.map((theme) => theme.answerIds.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    });
  });

  it('keeps the three English topics apart in at most two themes each', () => {
    const { themes } = findThemes(english);
    const byAnswer = themeOfAnswer(themes);
    for (const topic of topicNames) {
      const keys = new Set(english.filter((answer) => topicOf(answer.id) === topic).map((answer) => byAnswer.get(answer.id)!.key));
      expect(keys.size, topic).toBeLessThanOrEqual(2);
    }
  });

  it('names a two-word term as people write it', () => {
    const labels = findThemes(english).themes.map((theme) => theme.label);
    expect(labels.some((label) => label.includes('class sizes'))).toBe(true);
    expect(labels.some((label) => /bus (stop|route)/.test(label))).toBe(true);
    expect(labels.some((label) => label.includes('start time'))).toBe(true);
  });
});

describe('findThemes is deterministic', () => {
  it('gives the same themes for the same answers, run after run', () => {
    expect(findThemes(mixed)).toEqual(findThemes(mixed));
  });

  it('gives the same themes whatever the order of the answers', () => {
    const shuffled = [...mixed].sort((a, b) => (a.text.length % 7) - (b.text.length % 7) || (a.id < b.id ? 1 : -1));
    expect(findThemes(shuffled)).toEqual(findThemes(mixed));
  });
});

describe('findThemes on small and empty input', () => {
  it.each<[string, Answer[], { keys: string[]; sizes: number[] }]>([
    ['no answers', [], { keys: [], sizes: [] }],
    ['one answer', [{ id: 'a', text: 'The bus is always late.' }], { keys: ['theme-1'], sizes: [1] }],
    ['one answer with no words to group by', [{ id: 'a', text: 'OK!' }], { keys: [OTHER_THEME_KEY], sizes: [1] }],
    [
      'two identical answers',
      [
        { id: 'a', text: 'Bus stop' },
        { id: 'b', text: 'bus stop.' },
      ],
      { keys: ['theme-1'], sizes: [2] },
    ],
    [
      'two different answers',
      [
        { id: 'a', text: 'Bus stop safety' },
        { id: 'b', text: 'Class sizes' },
      ],
      { keys: ['theme-1', 'theme-2'], sizes: [1, 1] },
    ],
  ])('%s', (_, answers, expected) => {
    const { themes } = findThemes(answers);
    expect(themes.map((theme) => theme.key)).toEqual(expected.keys);
    expect(themes.map((theme) => theme.answerIds.length)).toEqual(expected.sizes);
  });

  it('labels a single answer with its own words', () => {
    const [theme] = findThemes([{ id: 'a', text: 'The bus stop is unsafe.' }]).themes;
    expect(theme?.label).toMatch(/bus stop|unsafe/);
    expect(theme?.samples).toEqual(['The bus stop is unsafe.']);
  });
});

describe('the Other theme', () => {
  const empty = [
    { id: 'x1', text: '' },
    { id: 'x2', text: '   ' },
    { id: 'x3', text: 'N/A' },
    { id: 'x4', text: 'ok' },
    { id: 'x5', text: '123' },
    { id: 'x6', text: 'No. Yes, maybe?' },
    { id: 'x7', text: '¡Sí!' },
  ];

  it('holds the answers with no words to group by, last, and only those', () => {
    const { themes } = findThemes([...english, ...empty]);
    const other = themes.at(-1)!;
    expect(other.key).toBe(OTHER_THEME_KEY);
    expect(other.label).toBe('Other');
    expect(other.words).toEqual([]);
    expect(other.answerIds).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
    // Quotes are never blank.
    expect(other.samples).toEqual(['N/A', 'ok', '123']);
    expect(themes.slice(0, -1).every((theme) => theme.answerIds.every((id) => !id.startsWith('x')))).toBe(true);
  });
});

describe('ignoreWords', () => {
  it('keeps the question\'s own words out of themes and labels', () => {
    const answers = english.map((answer) => ({ ...answer, text: `Option A: ${answer.text}` }));
    const { themes } = findThemes(answers, { ignoreWords: ['options'] });
    for (const theme of themes) expect(theme.label).not.toMatch(/option/i);
    for (const theme of themes) expect(new Set(theme.answerIds.map(topicOf)), theme.label).toHaveLength(1);
  });
});
