import type { Locale } from '../../../core/i18n/format-message.js';

/** What a person holding an invitation link is told when it cannot be used, in words they understand. */
export const invitationWords = {
  en: {
    usedTitle: 'You have already answered',
    unknownTitle: 'We cannot find this invitation',
    publicLink: 'Open the survey’s public page instead',
    unknown: 'This invitation link is not valid. Check that the whole link from your email was used, or ask whoever sent it.',
    used: 'This invitation has already been used to answer the survey, and each invitation takes one response. Thank you for taking part.',
    submissionTaken: 'These answers were already sent another way, so they cannot be counted for this invitation. Reload the page from your invitation link to answer.',
  },
  es: {
    usedTitle: 'Ya respondió',
    unknownTitle: 'No encontramos esta invitación',
    publicLink: 'Abrir la página pública de la encuesta',
    unknown: 'Este enlace de invitación no es válido. Compruebe que usó el enlace completo de su correo o pregunte a quien se lo envió.',
    used: 'Esta invitación ya se usó para responder la encuesta, y cada invitación admite una sola respuesta. Gracias por participar.',
    submissionTaken: 'Estas respuestas ya se enviaron de otra forma, así que no pueden contarse para esta invitación. Vuelva a abrir la página desde el enlace de su invitación para responder.',
  },
} satisfies Record<Locale, Record<string, string>>;
