/** The text of the mail the platform sends, in the reader's language where it is known. */
type Locale = 'en' | 'es';

const roleNames: Record<Locale, Record<string, string>> = {
  en: { administrator: 'administrator', planner: 'planner', contributor: 'contributor', viewer: 'viewer', moderator: 'conversation moderator', network_admin: 'network administrator', coach: 'coach' },
  es: { administrator: 'administrador', planner: 'planificador', contributor: 'colaborador', viewer: 'lector', moderator: 'moderador de conversaciones', network_admin: 'administrador de red', coach: 'asesor' },
};

export function invitationMessage(options: { organizationName: string; role: string; inviterName: string; link: string; validDays: number }) {
  const { organizationName, role, inviterName, link, validDays } = options;
  return {
    subject: `You are invited to ${organizationName} on Waymark / Invitación a ${organizationName}`,
    text: [
      `${inviterName} invited you to join ${organizationName} on Waymark as ${roleNames.en[role] ?? role}.`,
      `Accept the invitation: ${link}`,
      `The link works once and expires in ${validDays} days.`,
      '',
      `${inviterName} le invitó a unirse a ${organizationName} en Waymark como ${roleNames.es[role] ?? role}.`,
      `Acepte la invitación: ${link}`,
      `El enlace funciona una sola vez y vence en ${validDays} días.`,
    ].join('\n'),
  };
}

export function passwordResetMessage(options: { name: string; link: string; validHours: number; locale: Locale }) {
  const { name, link, validHours, locale } = options;
  if (locale === 'es') {
    return {
      subject: 'Restablecer su contraseña de Waymark',
      text: `Hola ${name}:\n\nPara elegir una nueva contraseña, abra este enlace: ${link}\nFunciona una sola vez y vence en ${validHours} horas. Si usted no lo pidió, ignore este mensaje.`,
    };
  }
  return {
    subject: 'Reset your Waymark password',
    text: `Hello ${name},\n\nTo choose a new password, open this link: ${link}\nIt works once and expires in ${validHours} hours. If you did not ask for this, ignore this message.`,
  };
}

/** After a password reset or change revoked the person's API tokens: which ones, and where to make new ones. */
export function apiTokensRevokedMessage(options: { name: string; tokenNames: string[]; link: string; locale: Locale }) {
  const { name, link, locale } = options;
  const list = options.tokenNames.map((tokenName) => `- ${tokenName}`).join('\n');
  if (locale === 'es') {
    return {
      subject: 'Se revocaron sus tokens de API de Waymark',
      text: `Hola ${name}:\n\nSu contraseña de Waymark cambió, así que revocamos sus tokens de API; los scripts que los usan dejarán de funcionar:\n${list}\n\nPuede crear tokens nuevos en ${link}\nSi usted no cambió su contraseña, restablézcala ahora y avise al administrador de su distrito.`,
    };
  }
  return {
    subject: 'Your Waymark API tokens were revoked',
    text: `Hello ${name},\n\nYour Waymark password changed, so your API tokens were revoked; scripts that use them will stop working:\n${list}\n\nYou can create new tokens at ${link}\nIf you did not change your password, reset it now and tell your district's administrator.`,
  };
}

/** To a district's administrators: their network invites the district into a cohort; enrolling happens in Waymark. */
export function cohortInvitationMessage(options: { networkName: string; cohortName: string; districtName: string; link: string; locale: Locale }) {
  const { networkName, cohortName, districtName, link, locale } = options;
  if (locale === 'es') {
    return {
      subject: `${networkName} invita a ${districtName} a ${cohortName}`,
      text: `${networkName} invita a ${districtName} a unirse a ${cohortName} en Waymark.\n\nPara inscribir al distrito, entregue la notificación de intención y la carta de compromiso (un archivo o un formulario firmado en Waymark) e inscríbalo aquí: ${link}`,
    };
  }
  return {
    subject: `${networkName} invites ${districtName} to ${cohortName}`,
    text: `${networkName} invites ${districtName} to join ${cohortName} on Waymark.\n\nTo enroll the district, give its notice of intent and letter of commitment (a file, or a form signed in Waymark) and enroll it here: ${link}`,
  };
}
