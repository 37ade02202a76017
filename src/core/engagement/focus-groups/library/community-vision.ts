import type { LibraryProtocol } from '../protocol-format.js';

/**
 * Community vision: Koru's Envision phase ("incorporate stakeholder voice in visioning and needs
 * assessment") and CEC's questions "Where are we now?" and "Where do we want to be?", asked of the
 * community before the vision retreat. Louisiana's phase 1 focus groups can use it too.
 */
export const communityVisionProtocol: LibraryProtocol = {
  key: 'community-vision',
  frameworks: ['koru', 'cec', 'louisiana'],
  when: { en: 'Before the vision is written (Koru Envision, CEC vision retreat, Louisiana phase 1)', es: 'Antes de redactar la visión (Koru Visión, retiro de visión de CEC, fase 1 de Luisiana)' },
  protocol: {
    title: { en: 'Community vision focus group', es: 'Grupo focal comunitario sobre la visión' },
    purpose: {
      en: 'We are here to listen. The district is writing its plan for the next three to five years, and what you say today will shape its vision and priorities. There are no right or wrong answers, and nothing you say will be linked to your name.',
      es: 'Estamos aquí para escuchar. El distrito está redactando su plan para los próximos tres a cinco años, y lo que ustedes digan hoy dará forma a su visión y sus prioridades. No hay respuestas correctas ni incorrectas, y nada de lo que digan se vinculará con su nombre.',
    },
    constituency: 'community',
    languages: ['en', 'es'],
    questions: [
      {
        key: 'proud',
        text: { en: 'Please tell us your first name and one thing about our schools that makes you proud.', es: 'Díganos su nombre y una cosa de nuestras escuelas que le haga sentir orgullo.' },
        probes: [{ en: 'What makes that work?', es: '¿Qué hace que eso funcione?' }],
        minutes: 5,
      },
      {
        key: 'working',
        text: { en: 'Where are we now: what is working well in our schools today?', es: 'Dónde estamos hoy: ¿qué funciona bien en nuestras escuelas?' },
        probes: [
          { en: 'Can you give an example?', es: '¿Puede dar un ejemplo?' },
          { en: 'Who benefits most from it?', es: '¿Quién se beneficia más?' },
        ],
        minutes: 15,
      },
      {
        key: 'concerns',
        text: { en: 'What is not working well, or worries you?', es: '¿Qué no funciona bien, o le preocupa?' },
        probes: [
          { en: 'Who is most affected?', es: '¿A quién afecta más?' },
          { en: 'What have you seen or heard that makes you say that?', es: '¿Qué ha visto u oído que le hace decir eso?' },
        ],
        minutes: 15,
      },
      {
        key: 'future',
        text: {
          en: 'Where do we want to be: imagine it is five years from now and our schools are what you hoped for. What do you see?',
          es: 'Adónde queremos llegar: imagine que han pasado cinco años y nuestras escuelas son lo que usted esperaba. ¿Qué ve?',
        },
        probes: [
          { en: 'What would a graduate know and be able to do?', es: '¿Qué sabría y qué sería capaz de hacer un egresado?' },
          { en: 'What would be different for families and for the community?', es: '¿Qué sería distinto para las familias y para la comunidad?' },
        ],
        minutes: 20,
      },
      {
        key: 'priorities',
        text: { en: 'If the district could focus on only one or two things, what should they be?', es: 'Si el distrito pudiera concentrarse en solo una o dos cosas, ¿cuáles deberían ser?' },
        probes: [
          { en: 'Why that one first?', es: '¿Por qué esa primero?' },
          { en: 'What should the district stop doing?', es: '¿Qué debería dejar de hacer el distrito?' },
        ],
        minutes: 15,
      },
      {
        key: 'voice',
        text: { en: 'How should the district keep you involved while the plan is made and carried out?', es: '¿Cómo debería el distrito mantenerle involucrado mientras se elabora y se lleva a cabo el plan?' },
        probes: [
          { en: 'What is the best way to reach people like you?', es: '¿Cuál es la mejor manera de llegar a personas como usted?' },
          { en: 'Who is not in this room that we should hear from?', es: '¿A quién que no está en esta sala deberíamos escuchar?' },
        ],
        minutes: 10,
      },
      {
        key: 'closing',
        text: { en: 'Is there anything else you want the planning team to hear?', es: '¿Hay algo más que quiera que escuche el equipo de planificación?' },
        probes: [],
        minutes: 5,
      },
    ],
  },
};
