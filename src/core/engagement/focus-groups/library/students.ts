import type { LibraryProtocol } from '../protocol-format.js';

/**
 * Students: Thru names "the priorities of students, staff, and the community", and Koru's Envision
 * phase brings stakeholder voice into the needs assessment. Plain words for middle and high school.
 */
export const studentProtocol: LibraryProtocol = {
  key: 'students',
  frameworks: ['thru', 'koru', 'louisiana'],
  when: { en: 'During the needs assessment (Koru Envision, Louisiana phase 1)', es: 'Durante el diagnóstico de necesidades (Koru Visión, fase 1 de Luisiana)' },
  protocol: {
    title: { en: 'Student focus group', es: 'Grupo focal de estudiantes' },
    purpose: {
      en: 'The district is planning the next few years and wants to hear from students. We are writing down what is said, not who said it. You can skip any question.',
      es: 'El distrito está planificando los próximos años y quiere escuchar a los estudiantes. Anotamos lo que se dice, no quién lo dice. Puedes saltarte cualquier pregunta.',
    },
    constituency: 'students',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'introductions',
        text: { en: 'Tell us your first name, your grade, and one thing you like about school.', es: 'Dinos tu nombre, tu grado y una cosa que te guste de la escuela.' },
        probes: [],
        minutes: 5,
      },
      {
        key: 'learning',
        text: { en: 'Think of a class where you learned a lot. What made it work?', es: 'Piensa en una clase donde aprendiste mucho. ¿Qué hizo que funcionara?' },
        probes: [{ en: 'What did the teacher do?', es: '¿Qué hacía el maestro o la maestra?' }],
        minutes: 10,
      },
      {
        key: 'belonging',
        text: { en: 'Do you feel you belong at your school? What makes you feel that way?', es: '¿Sientes que perteneces a tu escuela? ¿Qué te hace sentir así?' },
        probes: [
          { en: 'Is there an adult at school you can go to?', es: '¿Hay un adulto en la escuela a quien puedas acudir?' },
          { en: 'Do some students feel left out? Who?', es: '¿Algunos estudiantes se sienten excluidos? ¿Quiénes?' },
        ],
        minutes: 10,
      },
      {
        key: 'obstacles',
        text: { en: 'What gets in the way of learning at your school?', es: '¿Qué se interpone en el aprendizaje en tu escuela?' },
        probes: [{ en: 'Can you give an example?', es: '¿Puedes dar un ejemplo?' }],
        minutes: 10,
      },
      {
        key: 'ready',
        text: { en: 'What do you want to be able to do after school, and is school getting you ready for it?', es: '¿Qué quieres poder hacer al terminar la escuela, y la escuela te está preparando para eso?' },
        probes: [{ en: 'What is missing?', es: '¿Qué falta?' }],
        minutes: 10,
      },
      {
        key: 'superintendent',
        text: { en: 'If you were superintendent for a day, what would you change?', es: 'Si fueras superintendente por un día, ¿qué cambiarías?' },
        probes: [{ en: 'Why that?', es: '¿Por qué eso?' }],
        minutes: 10,
      },
      {
        key: 'closing',
        text: { en: 'Is there anything else you want the adults planning this to know?', es: '¿Hay algo más que quieras que sepan los adultos que están planificando esto?' },
        probes: [],
        minutes: 5,
      },
    ],
  },
};
