import { quoteTitle } from '../../../core/plan/element-label.js';

/** The mail to someone mentioned in a comment, in their language; the comment is quoted whole. */
export function mentionMessage(options: { locale: 'en' | 'es'; authorName: string; planTitle: string; elementLabel: string | null; body: string; link: string }) {
  const { locale, authorName, elementLabel, link } = options;
  const plan = quoteTitle(options.planTitle);
  const quoted = options.body.split(/\r?\n/).map((line) => `> ${line}`).join('\n');
  // Subjects are one line whatever the titles hold.
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
  if (locale === 'es') {
    return {
      subject: oneLine(`${authorName} le mencionó en ${plan}${elementLabel ? `: ${elementLabel}` : ''}`),
      text: `${authorName} le mencionó en un comentario sobre ${plan}${elementLabel ? `, en ${elementLabel}` : ''}:\n\n${quoted}\n\nAbra el plan: ${link}`,
    };
  }
  return {
    subject: oneLine(`${authorName} mentioned you on ${plan}${elementLabel ? `: ${elementLabel}` : ''}`),
    text: `${authorName} mentioned you in a comment on ${plan}${elementLabel ? `, on ${elementLabel}` : ''}:\n\n${quoted}\n\nOpen the plan: ${link}`,
  };
}
