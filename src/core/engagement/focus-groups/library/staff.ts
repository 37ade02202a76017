import type { LibraryProtocol } from '../protocol-format.js';

/**
 * Staff: teachers and support staff, whose union or association CEC brings into planning jointly
 * with management and the board. Asks where the work is supported and where it is blocked.
 */
export const staffProtocol: LibraryProtocol = {
  key: 'staff',
  frameworks: ['cec', 'thru', 'koru'],
  when: { en: 'During the needs assessment, before priorities are set', es: 'Durante el diagnóstico de necesidades, antes de fijar prioridades' },
  protocol: {
    title: { en: 'Staff focus group', es: 'Grupo focal del personal' },
    purpose: {
      en: 'The district wants to hear from the people who do the work in schools before it sets its priorities. Notes are kept without names, and nothing said here is shared with your supervisor as yours.',
      es: 'El distrito quiere escuchar a quienes hacen el trabajo en las escuelas antes de fijar sus prioridades. Las notas se toman sin nombres, y nada de lo dicho aquí se compartirá con su supervisor como suyo.',
    },
    constituency: 'teachers',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'introductions',
        text: { en: 'Please tell us your role and how long you have worked in the district.', es: 'Díganos cuál es su función y cuánto tiempo lleva trabajando en el distrito.' },
        probes: [],
        minutes: 5,
      },
      {
        key: 'strengths',
        text: { en: 'What does the district do well to support your work with students?', es: '¿Qué hace bien el distrito para apoyar su trabajo con los estudiantes?' },
        probes: [{ en: 'What should we make sure to keep?', es: '¿Qué debemos asegurarnos de conservar?' }],
        minutes: 10,
      },
      {
        key: 'barriers',
        text: { en: "What gets in the way of students' learning, and of your work?", es: '¿Qué obstaculiza el aprendizaje de los estudiantes y su propio trabajo?' },
        probes: [
          { en: 'Which students are we not reaching?', es: '¿A qué estudiantes no estamos llegando?' },
          { en: 'What takes time away from teaching?', es: '¿Qué le quita tiempo a la enseñanza?' },
        ],
        minutes: 15,
      },
      {
        key: 'support',
        text: { en: 'What support, time or resources would make the biggest difference?', es: '¿Qué apoyo, tiempo o recursos marcarían la mayor diferencia?' },
        probes: [{ en: 'What training has helped you most?', es: '¿Qué formación le ha servido más?' }],
        minutes: 15,
      },
      {
        key: 'priorities',
        text: { en: "What should the district's priorities be for the next three to five years?", es: '¿Cuáles deberían ser las prioridades del distrito para los próximos tres a cinco años?' },
        probes: [{ en: 'What should the district stop doing to make room?', es: '¿Qué debería dejar de hacer el distrito para hacer espacio?' }],
        minutes: 15,
      },
      {
        key: 'rollout',
        text: { en: 'When something new starts, how could the district roll it out so that it lasts?', es: 'Cuando empieza algo nuevo, ¿cómo podría el distrito ponerlo en marcha para que perdure?' },
        probes: [{ en: 'Think of an initiative that stuck, and one that did not.', es: 'Piense en una iniciativa que perduró y en otra que no.' }],
        minutes: 10,
      },
      {
        key: 'closing',
        text: { en: 'Is there anything else the planning team should hear?', es: '¿Hay algo más que deba escuchar el equipo de planificación?' },
        probes: [],
        minutes: 5,
      },
    ],
  },
};
