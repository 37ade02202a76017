/**
 * The reminder mails, in the reader's language. Dates stay `YYYY-MM-DD` in both languages: the
 * same string the update form shows, and no month names to get wrong.
 */
type Locale = 'en' | 'es';

/** One item a mail is about: a measure or action of a plan, for one reporting period. */
export interface ReminderItem {
  planTitle: string;
  kind: 'measure' | 'action';
  name: string;
  periodLabel: string;
  dueOn: string;
  closesOn: string;
  /** Days past the due date (negative before it). */
  daysLate: number;
  /** The single-use link that opens the update form; absent in a supervisor's escalation and past the grace period. */
  link?: string;
  /** The last day the link works (the due date plus the district's grace period). */
  linkExpiresOn?: string;
}

interface Mail {
  subject: string;
  text: string;
}

const kindNames: Record<Locale, Record<ReminderItem['kind'], string>> = {
  en: { measure: 'measure', action: 'action' },
  es: { measure: 'medida', action: 'acción' },
};

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

function whenDue(item: ReminderItem, locale: Locale): string {
  if (locale === 'es') {
    if (item.daysLate > 0) return `venció el ${item.dueOn} (hace ${plural(item.daysLate, 'día', 'días')})`;
    if (item.daysLate === 0) return `vence hoy, ${item.dueOn}`;
    return `vence el ${item.dueOn} (en ${plural(-item.daysLate, 'día', 'días')})`;
  }
  if (item.daysLate > 0) return `was due on ${item.dueOn} (${plural(item.daysLate, 'day', 'days')} ago)`;
  if (item.daysLate === 0) return `is due today, ${item.dueOn}`;
  return `is due on ${item.dueOn} (in ${plural(-item.daysLate, 'day', 'days')})`;
}

/** The lines describing one item, with its link when it has one. */
function itemLines(item: ReminderItem, locale: Locale): string[] {
  const lines =
    locale === 'es'
      ? [`- ${item.name} (${kindNames.es[item.kind]}, ${item.planTitle}), periodo ${item.periodLabel}: ${whenDue(item, locale)}.`]
      : [`- ${item.name} (${kindNames.en[item.kind]}, ${item.planTitle}), period ${item.periodLabel}: ${whenDue(item, locale)}.`];
  if (item.link) {
    lines.push(
      locale === 'es'
        ? `  Publique la actualización aquí, sin contraseña: ${item.link}\n  El enlace funciona una sola vez, hasta el ${item.linkExpiresOn ?? item.closesOn}.`
        : `  Post the update here, no password needed: ${item.link}\n  The link works once, until ${item.linkExpiresOn ?? item.closesOn}.`,
    );
  }
  return lines;
}

/** Before the due date: the owner's update is coming due. */
export function dueSoonMessage(options: { name: string; districtName: string; item: ReminderItem; locale: Locale }): Mail {
  const { name, districtName, item, locale } = options;
  if (locale === 'es') {
    return {
      subject: `Actualización pendiente para el ${item.dueOn}: ${item.name}`,
      text: [`Hola ${name}:`, '', `Se acerca la fecha de una actualización que le corresponde en ${districtName}:`, '', ...itemLines(item, 'es')].join('\n'),
    };
  }
  return {
    subject: `Update due ${item.dueOn}: ${item.name}`,
    text: [`Hello ${name},`, '', `An update you owe in ${districtName} is coming due:`, '', ...itemLines(item, 'en')].join('\n'),
  };
}

/** After the due date, every few days until the update is in. */
export function overdueMessage(options: { name: string; districtName: string; item: ReminderItem; locale: Locale }): Mail {
  const { name, districtName, item, locale } = options;
  if (locale === 'es') {
    return {
      subject: `Actualización atrasada: ${item.name} (${item.periodLabel})`,
      text: [`Hola ${name}:`, '', `Una actualización que le corresponde en ${districtName} está atrasada y todavía no se ha publicado:`, '', ...itemLines(item, 'es')].join('\n'),
    };
  }
  return {
    subject: `Overdue update: ${item.name} (${item.periodLabel})`,
    text: [`Hello ${name},`, '', `An update you owe in ${districtName} is overdue and has not been posted yet:`, '', ...itemLines(item, 'en')].join('\n'),
  };
}

/** To the owner's supervisor, once, when the update is long overdue. It carries no link: the link is the owner's. */
export function escalationMessage(options: { name: string; ownerName: string; ownerEmail: string; districtName: string; item: ReminderItem; locale: Locale }): Mail {
  const { name, ownerName, ownerEmail, districtName, item, locale } = options;
  const unlinked = { ...item, link: undefined };
  if (locale === 'es') {
    return {
      subject: `Atrasada ${plural(item.daysLate, 'día', 'días')}: actualización de ${ownerName} sobre ${item.name}`,
      text: [
        `Hola ${name}:`,
        '',
        `Usted figura como supervisor de ${ownerName} (${ownerEmail}) en ${districtName}. Esta actualización está atrasada y todavía no se ha publicado:`,
        '',
        ...itemLines(unlinked, 'es'),
        '',
        `Waymark ya se lo recordó a ${ownerName}. Quizá una conversación ayude.`,
      ].join('\n'),
    };
  }
  return {
    subject: `${plural(item.daysLate, 'day', 'days')} overdue: ${ownerName}'s update on ${item.name}`,
    text: [
      `Hello ${name},`,
      '',
      `You are listed as the supervisor of ${ownerName} (${ownerEmail}) in ${districtName}. This update is overdue and has not been posted yet:`,
      '',
      ...itemLines(unlinked, 'en'),
      '',
      `Waymark has reminded ${ownerName} already. A conversation may help.`,
    ].join('\n'),
  };
}

/** One message a day for those who chose the digest: every open item, overdue first. */
export function digestMessage(options: { name: string; districtName: string; today: string; items: readonly ReminderItem[]; locale: Locale }): Mail {
  const { name, districtName, today, items, locale } = options;
  const overdue = items.filter((i) => i.daysLate > 0).length;
  const lines = items.flatMap((item) => itemLines(item, locale));
  if (locale === 'es') {
    return {
      subject: `Sus actualizaciones en ${districtName}, ${today}: ${plural(items.length, 'pendiente', 'pendientes')}, ${plural(overdue, 'atrasada', 'atrasadas')}`,
      text: [`Hola ${name}:`, '', `Esto es lo que tiene pendiente en ${districtName} hoy, ${today}:`, '', ...lines].join('\n'),
    };
  }
  return {
    subject: `Your updates in ${districtName}, ${today}: ${items.length} open, ${overdue} overdue`,
    text: [`Hello ${name},`, '', `This is what you have open in ${districtName} today, ${today}:`, '', ...lines].join('\n'),
  };
}
