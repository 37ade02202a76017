/**
 * The mail that tells a district's moderators statements are waiting in a conversation's queue, in
 * the reader's language. Times stay ISO dates (`YYYY-MM-DD`), like the update reminders.
 */
type Locale = 'en' | 'es';

export interface WaitingQueue {
  districtName: string;
  /** The conversation's question in the reader's language (or its first language). */
  prompt: string;
  pending: number;
  /** How long the oldest has waited, in whole hours. */
  oldestHours: number;
  /** The statements tab of the conversation, where the queue is. */
  link: string;
}

export function moderationReminderMessage(options: { name: string; locale: Locale; queue: WaitingQueue }): { subject: string; text: string } {
  const { name, locale, queue } = options;
  if (locale === 'es') {
    const ideas = queue.pending === 1 ? '1 idea espera' : `${queue.pending} ideas esperan`;
    return {
      subject: `${ideas} revisión: «${queue.prompt}»`,
      text: [
        `Hola, ${name}:`,
        '',
        `En la conversación «${queue.prompt}» de ${queue.districtName}, ${ideas} que un moderador la${queue.pending === 1 ? '' : 's'} acepte u oculte; la más antigua, desde hace ${queue.oldestHours} horas.`,
        'Mientras esperan, los participantes no las ven (premoderación) o las ven sin revisar (posmoderación).',
        '',
        `Revise la cola aquí: ${queue.link}`,
        '',
        'Recibe este aviso como moderador de la conversación, como mucho una vez al día.',
      ].join('\n'),
    };
  }
  const ideas = queue.pending === 1 ? '1 idea waits' : `${queue.pending} ideas wait`;
  return {
    subject: `${ideas} for review: “${queue.prompt}”`,
    text: [
      `Hello ${name},`,
      '',
      `In ${queue.districtName}'s conversation “${queue.prompt}”, ${ideas} for a moderator to accept or hide; the oldest for ${queue.oldestHours} hours.`,
      'While they wait, participants do not see them (pre-moderation) or see them unreviewed (post-moderation).',
      '',
      `Review the queue here: ${queue.link}`,
      '',
      'You receive this as a moderator of the conversation, at most once a day.',
    ].join('\n'),
  };
}
