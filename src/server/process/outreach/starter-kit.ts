import type { ItemValues } from './outreach.repo.js';

/**
 * The kit a district starts from, in the product's own words. It draws on what the planning
 * frameworks say about outreach: every phase ends in engaging the community, many voices are
 * sought on purpose (families, staff, students, partners) through focus groups, surveys and
 * workshops, what people say is analysed and reported back, a draft is shared for comment, and
 * participants are asked plainly for their commitment. Everything is editable afterwards.
 */
const english: ItemValues[] = [
  {
    kind: 'email_invitation',
    title: 'Invitation to a listening session',
    subject: '{{district_name}} would like to hear from you: {{session_name}}',
    body: `Dear {{recipient_name}},

{{district_name}} is writing its next strategic plan, and we want it to reflect the people it serves. We would be glad to have you at {{session_name}} on {{session_date}}.

In about ninety minutes we will share what we have learned so far, listen to your hopes and concerns for our students, and ask what you would change first. No preparation is needed.

Please let us know you are coming, and find the details, here: {{link}}

Thank you for giving your time to our schools.

The planning team of {{district_name}}`,
  },
  {
    kind: 'email_invitation',
    title: 'Survey invitation',
    subject: 'Ten minutes for the future of {{district_name}}',
    body: `Dear {{recipient_name}},

We are asking families, staff, students and neighbours what our schools do well and what should change. Your answers are read by the planning team and help decide the plan's priorities.

The survey takes about ten minutes and is open until {{session_date}}: {{link}}

We will share a summary of what we heard, and what we did with it.

The planning team of {{district_name}}`,
  },
  {
    kind: 'talking_points',
    title: 'Talking points: why we are planning together',
    subject: null,
    body: `- The plan will guide our decisions and our budget for the next few years; it should be shaped by the people it affects.
- We are seeking many points of view on purpose, including voices we hear from less often.
- Every phase of the work ends with a chance for the community to respond.
- What people tell us is analysed and reported back to district leaders and to the community.
- A draft will be shared openly for comment before the board is asked to adopt it.
- Questions and ideas are welcome at any time: {{link}}`,
  },
  {
    kind: 'script',
    title: 'Phone or in-person invitation',
    subject: null,
    body: `Hello {{recipient_name}}, this is [your name] from {{district_name}}.

We are writing a new strategic plan and are inviting people from across the community to help shape it. We are holding {{session_name}} on {{session_date}}, and we would value your perspective.

It takes about ninety minutes, and you do not need to prepare anything. Could we count on you?

[If yes] Thank you. I will send the details and the link: {{link}}
[If not now] I understand. May we send you the survey instead, so your views are still heard?`,
  },
  {
    kind: 'commitment',
    title: 'What we are asking of participants',
    subject: null,
    body: `Taking part in planning {{district_name}}'s future means:

- Attending the sessions you sign up for (usually about ninety minutes each) or sending your thoughts in writing if you cannot.
- Reading short materials shared beforehand.
- Speaking for your own experience and listening to others' with respect, following the group's working agreements.
- Sharing what you learn with the people you know, and bringing their questions back.
- Reviewing the draft plan when it is shared for comment.

In return, we commit to telling you how your input was used.`,
  },
  {
    kind: 'agenda_template',
    title: 'Focus group agenda',
    subject: null,
    body: `{{session_name}} · {{district_name}} · {{session_date}}

1. Welcome, purpose and how the input will be used (10 min)
2. Working agreements for the conversation (5 min)
3. What is going well for students? (20 min)
4. What should change first, and why? (25 min)
5. What would success look like in five years? (20 min)
6. Next steps and how we will report back (10 min)`,
  },
];

const spanish: ItemValues[] = [
  {
    kind: 'email_invitation',
    title: 'Invitación a una sesión de escucha',
    subject: '{{district_name}} quiere escucharle: {{session_name}}',
    body: `Estimado/a {{recipient_name}}:

{{district_name}} está elaborando su próximo plan estratégico y queremos que refleje a las personas a quienes sirve. Nos encantaría contar con usted en {{session_name}} el {{session_date}}.

En unos noventa minutos compartiremos lo aprendido hasta ahora, escucharemos sus esperanzas e inquietudes sobre nuestros estudiantes y le preguntaremos qué cambiaría primero. No necesita prepararse.

Confirme su asistencia y consulte los detalles aquí: {{link}}

Gracias por dedicar su tiempo a nuestras escuelas.

El equipo de planificación de {{district_name}}`,
  },
  {
    kind: 'email_invitation',
    title: 'Invitación a la encuesta',
    subject: 'Diez minutos para el futuro de {{district_name}}',
    body: `Estimado/a {{recipient_name}}:

Estamos preguntando a familias, personal, estudiantes y vecinos qué hacen bien nuestras escuelas y qué debería cambiar. El equipo de planificación lee sus respuestas, que ayudan a decidir las prioridades del plan.

La encuesta dura unos diez minutos y está abierta hasta el {{session_date}}: {{link}}

Compartiremos un resumen de lo que escuchamos y de lo que hicimos con ello.

El equipo de planificación de {{district_name}}`,
  },
  {
    kind: 'talking_points',
    title: 'Puntos clave: por qué planificamos juntos',
    subject: null,
    body: `- El plan guiará nuestras decisiones y nuestro presupuesto durante los próximos años; deben darle forma las personas a quienes afecta.
- Buscamos a propósito muchos puntos de vista, incluidas las voces que escuchamos con menos frecuencia.
- Cada fase del trabajo termina con una oportunidad para que la comunidad responda.
- Lo que nos dicen se analiza y se presenta a los líderes del distrito y a la comunidad.
- Se compartirá un borrador para recibir comentarios antes de pedir a la junta que lo apruebe.
- Sus preguntas e ideas son bienvenidas en cualquier momento: {{link}}`,
  },
  {
    kind: 'script',
    title: 'Invitación por teléfono o en persona',
    subject: null,
    body: `Hola, {{recipient_name}}. Le habla [su nombre], de {{district_name}}.

Estamos elaborando un nuevo plan estratégico e invitamos a personas de toda la comunidad a darle forma. El {{session_date}} celebraremos {{session_name}} y su punto de vista nos sería muy valioso.

Dura unos noventa minutos y no necesita preparar nada. ¿Podemos contar con usted?

[Si acepta] Gracias. Le enviaré los detalles y el enlace: {{link}}
[Si no puede ahora] Lo entiendo. ¿Podemos enviarle la encuesta para que su opinión se escuche igualmente?`,
  },
  {
    kind: 'commitment',
    title: 'Lo que pedimos a los participantes',
    subject: null,
    body: `Participar en la planificación del futuro de {{district_name}} significa:

- Asistir a las sesiones en las que se inscriba (normalmente unos noventa minutos cada una) o enviar sus ideas por escrito si no puede asistir.
- Leer los materiales breves que se compartan con antelación.
- Hablar desde su propia experiencia y escuchar la de los demás con respeto, siguiendo los acuerdos de trabajo del grupo.
- Compartir lo que aprenda con las personas que conoce y traer de vuelta sus preguntas.
- Revisar el borrador del plan cuando se comparta para recibir comentarios.

A cambio, nos comprometemos a explicarle cómo se usaron sus aportes.`,
  },
  {
    kind: 'agenda_template',
    title: 'Agenda del grupo focal',
    subject: null,
    body: `{{session_name}} · {{district_name}} · {{session_date}}

1. Bienvenida, propósito y uso de los aportes (10 min)
2. Acuerdos de trabajo para la conversación (5 min)
3. ¿Qué está funcionando bien para los estudiantes? (20 min)
4. ¿Qué debería cambiar primero y por qué? (25 min)
5. ¿Cómo sería el éxito dentro de cinco años? (20 min)
6. Próximos pasos y cómo les informaremos (10 min)`,
  },
];

/** The starter items in the language of the person who opens the kit. */
export function starterKit(locale: 'en' | 'es'): ItemValues[] {
  return locale === 'es' ? spanish : english;
}
