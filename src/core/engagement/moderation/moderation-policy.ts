import type { Locale } from '../../i18n/format-message.js';

/**
 * The published moderation policy of conversations: the only reasons a statement may be hidden for,
 * which participants read before they write and which every hidden statement names in the
 * moderation log. Fair and visible moderation is what users of other tools ask for most: nobody is
 * hidden for an opinion, only for one of these. Accepting needs no reason.
 */
export const moderationReasonKeys = ['off_topic', 'personal_attack', 'hateful', 'private_information', 'spam', 'duplicate', 'several_ideas', 'not_understandable'] as const;
export type ModerationReason = (typeof moderationReasonKeys)[number];

export function isModerationReason(value: unknown): value is ModerationReason {
  return typeof value === 'string' && (moderationReasonKeys as readonly string[]).includes(value);
}

type Texts = Record<Locale, string>;

export const moderationPolicyIntro: Texts = {
  en: 'Every idea is welcome, whatever its opinion. The district’s moderators hide an idea only for one of the reasons below, and every decision is logged. A hidden idea keeps the ratings or votes it already had in the statistics, but is no longer shown.',
  es: 'Toda idea es bienvenida, sea cual sea su opinión. Los moderadores del distrito ocultan una idea solo por uno de los motivos de abajo, y cada decisión queda registrada. Una idea oculta conserva en las estadísticas las valoraciones o los votos que ya tenía, pero deja de mostrarse.',
};

export const moderationReasonTexts: Record<ModerationReason, Texts> = {
  off_topic: {
    en: 'It is not about the question asked.',
    es: 'No trata de la pregunta planteada.',
  },
  personal_attack: {
    en: 'It attacks, insults or threatens a person.',
    es: 'Ataca, insulta o amenaza a una persona.',
  },
  hateful: {
    en: 'It demeans people for who they are (race, ethnicity, religion, disability, gender, sexual orientation, immigration status or language).',
    es: 'Desprecia a personas por lo que son (raza, origen étnico, religión, discapacidad, género, orientación sexual, situación migratoria o idioma).',
  },
  private_information: {
    en: 'It names or identifies a student, a family or a staff member, or shares someone’s contact details.',
    es: 'Nombra o identifica a un estudiante, una familia o un miembro del personal, o comparte los datos de contacto de alguien.',
  },
  spam: {
    en: 'It advertises, links elsewhere or is posted over and over.',
    es: 'Hace publicidad, enlaza a otros sitios o se publica una y otra vez.',
  },
  duplicate: {
    en: 'It says the same as an idea already shown.',
    es: 'Dice lo mismo que una idea que ya se muestra.',
  },
  several_ideas: {
    en: 'It joins several ideas that people would answer differently; post each one on its own.',
    es: 'Une varias ideas que la gente respondería de forma distinta; publique cada una por separado.',
  },
  not_understandable: {
    en: 'It cannot be understood as an idea others can respond to.',
    es: 'No se puede entender como una idea a la que otros puedan responder.',
  },
};

/** The policy as participants read it: the introduction and each reason, in English and Spanish. */
export function moderationPolicy() {
  return { intro: moderationPolicyIntro, reasons: moderationReasonKeys.map((key) => ({ key, text: moderationReasonTexts[key] })) };
}

/**
 * The same policy as public comment on a draft plan reads it: the same reasons and log, worded for
 * a comment on a plan. A comment may make several points and may repeat another's (each person's
 * voice counts), so "duplicate" and "several ideas" are not reasons there.
 */
export const commentModerationReasonKeys = ['off_topic', 'personal_attack', 'hateful', 'private_information', 'spam', 'not_understandable'] as const satisfies readonly ModerationReason[];
export type CommentModerationReason = (typeof commentModerationReasonKeys)[number];

export function isCommentModerationReason(value: unknown): value is CommentModerationReason {
  return typeof value === 'string' && (commentModerationReasonKeys as readonly string[]).includes(value);
}

export const commentModerationPolicyIntro: Texts = {
  en: 'Every comment is welcome, whatever its opinion. The district’s moderators hide a comment only for one of the reasons below, and every decision is logged. The planning team reads every comment it has not hidden.',
  es: 'Todo comentario es bienvenido, sea cual sea su opinión. Los moderadores del distrito ocultan un comentario solo por uno de los motivos de abajo, y cada decisión queda registrada. El equipo de planificación lee todos los comentarios que no ha ocultado.',
};

const commentReasonWording: Partial<Record<CommentModerationReason, Texts>> = {
  off_topic: { en: 'It is not about the draft plan.', es: 'No trata del borrador del plan.' },
  not_understandable: { en: 'It cannot be understood as a comment on the plan.', es: 'No se puede entender como un comentario sobre el plan.' },
};

/** A reason's published words for a comment on the draft. */
export function commentModerationReasonText(reason: CommentModerationReason): Texts {
  return commentReasonWording[reason] ?? moderationReasonTexts[reason];
}

/** The policy as commenters read it on the draft page. */
export function commentModerationPolicy() {
  return { intro: commentModerationPolicyIntro, reasons: commentModerationReasonKeys.map((key) => ({ key, text: commentModerationReasonText(key) })) };
}
