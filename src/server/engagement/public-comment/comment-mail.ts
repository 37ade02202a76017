import type { Locale } from '../../../core/i18n/format-message.js';

/** The words of the mail that asks a commenter to confirm their address, and of the replies to a comment sent. */
export const commentWords = {
  en: {
    thanks: 'Thank you. Your comment reached the planning team.',
    thanksShown: 'Thank you. Your comment reached the planning team, and it will be shown on this page once a moderator has read it.',
    confirm: 'Almost done: we sent you an email. Open the link in it to confirm your address, and your comment reaches the planning team.',
    subject: (district: string) => `Confirm your comment on the draft plan: ${district}`,
    text: (plan: string, link: string) =>
      `Thank you for commenting on the draft “${plan}”.\n\nOpen this link to confirm your address, and your comment reaches the planning team:\n${link}\n\nYour address is never shown publicly. If you did not comment, you can ignore this message.`,
  },
  es: {
    thanks: 'Gracias. Su comentario llegó al equipo de planificación.',
    thanksShown: 'Gracias. Su comentario llegó al equipo de planificación y se mostrará en esta página cuando un moderador lo haya leído.',
    confirm: 'Casi listo: le enviamos un correo. Abra el enlace que contiene para confirmar su dirección y su comentario llegará al equipo de planificación.',
    subject: (district: string) => `Confirme su comentario sobre el borrador del plan: ${district}`,
    text: (plan: string, link: string) =>
      `Gracias por comentar el borrador «${plan}».\n\nAbra este enlace para confirmar su dirección y su comentario llegará al equipo de planificación:\n${link}\n\nSu dirección nunca se muestra públicamente. Si usted no comentó, puede ignorar este mensaje.`,
  },
} satisfies Record<Locale, unknown>;
