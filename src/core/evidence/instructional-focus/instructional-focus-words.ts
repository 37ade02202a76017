import type { FocusPage } from './focus-limits.js';

/** The printed Instructional Focus's words, in English and Spanish (the web has its own catalogue). */
export interface FocusWords {
  language: 'en' | 'es';
  title: string;
  pages: Record<FocusPage, string>;
  pageOf: (number: number) => string;
  goal: string;
  statement: string;
  students: string;
  rationale: string;
  dataFindings: string;
  whatWorks: string;
  vitalSigns: string;
  essaTier: string;
  noTier: string;
  planStrategy: string;
  lookFors: string;
  who: string;
  commitment: string;
  support: string;
  checkpoints: string;
  notYet: string;
  page: string;
  of: string;
}

export const focusWords: Record<'en' | 'es', FocusWords> = {
  en: {
    language: 'en',
    title: 'Instructional Focus',
    pages: { focus: 'The focus', evidence: 'The evidence', strategies: 'The strategies', commitments: 'The commitments' },
    pageOf: (number) => `Page ${number} of 4`,
    goal: 'The goal it serves',
    statement: 'Our instructional focus',
    students: 'For which students',
    rationale: 'Why this focus',
    dataFindings: 'What our data and our community tell us',
    whatWorks: 'What research says works',
    vitalSigns: 'Vital signs we will watch',
    essaTier: 'ESSA evidence tier',
    noTier: 'Evidence tier not stated',
    planStrategy: 'In the plan as',
    lookFors: 'What it looks like in classrooms',
    who: 'Who',
    commitment: 'Commits to',
    support: 'The support they will have',
    checkpoints: 'How we will check progress',
    notYet: 'Not written yet.',
    page: 'Page',
    of: 'of',
  },
  es: {
    language: 'es',
    title: 'Enfoque Pedagógico',
    pages: { focus: 'El enfoque', evidence: 'La evidencia', strategies: 'Las estrategias', commitments: 'Los compromisos' },
    pageOf: (number) => `Página ${number} de 4`,
    goal: 'La meta a la que sirve',
    statement: 'Nuestro enfoque pedagógico',
    students: 'Para qué estudiantes',
    rationale: 'Por qué este enfoque',
    dataFindings: 'Lo que nos dicen nuestros datos y nuestra comunidad',
    whatWorks: 'Lo que la investigación dice que funciona',
    vitalSigns: 'Signos vitales que vigilaremos',
    essaTier: 'Nivel de evidencia ESSA',
    noTier: 'Nivel de evidencia sin indicar',
    planStrategy: 'En el plan como',
    lookFors: 'Cómo se ve en el aula',
    who: 'Quién',
    commitment: 'Se compromete a',
    support: 'El apoyo con el que contarán',
    checkpoints: 'Cómo comprobaremos el progreso',
    notYet: 'Aún no está escrito.',
    page: 'Página',
    of: 'de',
  },
};
