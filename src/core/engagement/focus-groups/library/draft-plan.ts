import type { LibraryProtocol } from '../protocol-format.js';

/**
 * Testing the draft: Louisiana's phase 4 focus groups ("plan for implementation"), Thru's draft
 * "socialized with the community", and the stakeholder feedback CEC's refinement meeting reviews.
 */
export const draftPlanProtocol: LibraryProtocol = {
  key: 'draft-plan',
  frameworks: ['louisiana', 'thru', 'cec'],
  when: { en: 'When a draft plan exists (Louisiana phase 4, CEC refinement)', es: 'Cuando ya hay un borrador del plan (fase 4 de Luisiana, reunión de ajuste de CEC)' },
  protocol: {
    title: { en: 'Draft plan focus group', es: 'Grupo focal sobre el borrador del plan' },
    purpose: {
      en: 'The district has a draft plan and wants to test it before it goes to the board: what fits, what is missing, and what it will take to carry it out. Your words will be summarised without names.',
      es: 'El distrito tiene un borrador del plan y quiere ponerlo a prueba antes de llevarlo a la junta: qué encaja, qué falta y qué hará falta para llevarlo a cabo. Sus palabras se resumirán sin nombres.',
    },
    constituency: 'community',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'heard',
        text: { en: "What have you heard about the district's plan so far?", es: '¿Qué ha oído hasta ahora sobre el plan del distrito?' },
        probes: [],
        minutes: 5,
      },
      {
        key: 'goals',
        text: { en: 'Here are the draft goals. What stands out, and what is missing?', es: 'Estas son las metas del borrador. ¿Qué le llama la atención y qué falta?' },
        probes: [
          { en: 'Which goal matters most to you?', es: '¿Qué meta le importa más?' },
          { en: 'Is anything unclear?', es: '¿Hay algo que no quede claro?' },
        ],
        minutes: 15,
      },
      {
        key: 'fit',
        text: { en: 'Do these priorities fit what you see in our schools?', es: '¿Estas prioridades corresponden a lo que usted ve en nuestras escuelas?' },
        probes: [{ en: 'Who might this plan leave out?', es: '¿A quién podría dejar fuera este plan?' }],
        minutes: 15,
      },
      {
        key: 'implementation',
        text: { en: 'What will it take for this plan to work in classrooms and at home? What could get in the way?', es: '¿Qué hará falta para que este plan funcione en las aulas y en casa? ¿Qué podría impedirlo?' },
        probes: [{ en: 'What would you need to see in the first year?', es: '¿Qué necesitaría ver en el primer año?' }],
        minutes: 15,
      },
      {
        key: 'communication',
        text: { en: 'How should the district tell people about the plan and how it is going?', es: '¿Cómo debería el distrito informar sobre el plan y sobre cómo avanza?' },
        probes: [{ en: 'Who is hardest to reach, and how could we reach them?', es: '¿A quién es más difícil llegar, y cómo podríamos hacerlo?' }],
        minutes: 10,
      },
      {
        key: 'commitment',
        text: { en: 'What could you, or groups like yours, do to help the plan succeed?', es: '¿Qué podría hacer usted, o grupos como el suyo, para que el plan tenga éxito?' },
        probes: [],
        minutes: 10,
      },
      {
        key: 'closing',
        text: { en: 'Is there anything else the district should change before the plan is final?', es: '¿Hay algo más que el distrito debería cambiar antes de que el plan sea definitivo?' },
        probes: [],
        minutes: 5,
      },
    ],
  },
};
