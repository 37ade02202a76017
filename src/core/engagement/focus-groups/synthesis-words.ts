import type { Constituency } from '../../process/constituencies.js';

/** The words of the synthesis table's export, in English and Spanish. */
export interface SynthesisWords {
  theme: string;
  description: string;
  groupsRaised: string;
  passages: (count: number) => string;
  notRaised: string;
  constituency: Record<Constituency, string>;
  /** The name of a language in this language ("Spanish", "español"). */
  languageName: (code: string) => string;
}

const languageNameIn = (locale: string) => {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
};

export const synthesisWords: Record<'en' | 'es', SynthesisWords> = {
  en: {
    theme: 'Theme',
    description: 'Description',
    groupsRaised: 'Groups that raised it',
    passages: (count) => (count === 1 ? '1 passage' : `${count} passages`),
    notRaised: '',
    constituency: {
      board: 'Board',
      union_or_association: 'Union or association',
      district_leadership: 'District leadership',
      principals: 'Principals',
      teachers: 'Teachers',
      support_staff: 'Support staff',
      families: 'Families',
      students: 'Students',
      community: 'Community',
      business: 'Business',
      higher_education: 'Higher education',
    },
    languageName: languageNameIn('en'),
  },
  es: {
    theme: 'Tema',
    description: 'Descripción',
    groupsRaised: 'Grupos que lo plantearon',
    passages: (count) => (count === 1 ? '1 pasaje' : `${count} pasajes`),
    notRaised: '',
    constituency: {
      board: 'Junta escolar',
      union_or_association: 'Sindicato o asociación',
      district_leadership: 'Dirección del distrito',
      principals: 'Directores de escuela',
      teachers: 'Docentes',
      support_staff: 'Personal de apoyo',
      families: 'Familias',
      students: 'Estudiantes',
      community: 'Comunidad',
      business: 'Empresas',
      higher_education: 'Educación superior',
    },
    languageName: languageNameIn('es'),
  },
};
