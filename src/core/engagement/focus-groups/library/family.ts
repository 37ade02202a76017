import type { LibraryProtocol } from '../protocol-format.js';

/**
 * Families: Thru's "focus groups of parents", whose data is "analyzed and presented to district
 * leaders". Written to be run in the family's language, with a facilitator who speaks it.
 */
export const familyProtocol: LibraryProtocol = {
  key: 'family',
  frameworks: ['thru', 'louisiana'],
  when: { en: 'While listening to the community (Thru), or in Louisiana phase 1', es: 'Durante la escucha a la comunidad (Thru), o en la fase 1 de Luisiana' },
  protocol: {
    title: { en: 'Family focus group', es: 'Grupo focal de familias' },
    purpose: {
      en: 'Thank you for coming. The district wants to hear from families as it plans the next few years. We will take notes, but not your names. Please speak in the language you are most comfortable in.',
      es: 'Gracias por venir. El distrito quiere escuchar a las familias mientras planifica los próximos años. Tomaremos notas, pero no sus nombres. Por favor, hable en el idioma en que se sienta más cómodo.',
    },
    constituency: 'families',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'introductions',
        text: { en: 'Please tell us your first name and the grades of your children.', es: 'Díganos su nombre y en qué grados están sus hijos.' },
        probes: [],
        minutes: 5,
      },
      {
        key: 'worked-well',
        text: { en: "Tell us about a time your child's school worked really well for your family.", es: 'Cuéntenos de una vez en que la escuela de su hijo o hija funcionó muy bien para su familia.' },
        probes: [{ en: 'What made it work?', es: '¿Qué hizo que funcionara?' }],
        minutes: 10,
      },
      {
        key: 'communication',
        text: { en: 'How do you hear from the school and the district? What works, and what does not?', es: '¿Cómo recibe noticias de la escuela y del distrito? ¿Qué funciona y qué no?' },
        probes: [
          { en: 'Do messages come in your language?', es: '¿Los mensajes le llegan en su idioma?' },
          { en: 'Phone, text, app, paper: which do you read?', es: 'Teléfono, mensaje de texto, aplicación, papel: ¿cuál lee usted?' },
        ],
        minutes: 10,
      },
      {
        key: 'welcome',
        text: { en: "How welcome do you feel at your child's school?", es: '¿Qué tan bienvenido o bienvenida se siente en la escuela de su hijo o hija?' },
        probes: [
          { en: 'What makes it easier or harder to take part?', es: '¿Qué le facilita o le dificulta participar?' },
          { en: 'Do work hours, transport or language get in the way?', es: '¿El horario de trabajo, el transporte o el idioma se lo impiden?' },
        ],
        minutes: 10,
      },
      {
        key: 'needs',
        text: { en: 'What does your child need to do well that they are not getting now?', es: '¿Qué necesita su hijo o hija para que le vaya bien y no está recibiendo ahora?' },
        probes: [
          { en: 'In class, after school, or at home?', es: '¿En clase, después de la escuela o en casa?' },
          { en: 'Who at school could help with that?', es: '¿Quién en la escuela podría ayudar con eso?' },
        ],
        minutes: 15,
      },
      {
        key: 'priorities',
        text: { en: "What should the district's most important goals be for the next few years?", es: '¿Cuáles deberían ser las metas más importantes del distrito en los próximos años?' },
        probes: [{ en: 'How would you know things got better?', es: '¿Cómo sabría usted que las cosas mejoraron?' }],
        minutes: 15,
      },
      {
        key: 'closing',
        text: { en: 'What is one thing you want district leaders to hear from this group?', es: '¿Qué es lo que más quiere que los líderes del distrito escuchen de este grupo?' },
        probes: [],
        minutes: 5,
      },
    ],
  },
};
