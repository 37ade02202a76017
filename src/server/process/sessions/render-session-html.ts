import { escapeHtml as h } from '../../documents/escape-html.js';
import type { PresentedRecord } from './sessions.present.js';

export type PrintLocale = 'en' | 'es';

/** The printed words, in the reader's language; the district's own text is printed as written. */
const words = {
  en: {
    agenda: 'Agenda',
    minutes: 'Minutes',
    date: 'Date',
    time: 'Time',
    length: 'Length',
    place: 'Place',
    link: 'Meeting link',
    format: 'Format',
    phase: 'Phase',
    purpose: 'Purpose',
    outcomes: 'Intended outcomes',
    item: 'Item',
    presenter: 'Presenter',
    duration: 'Minutes',
    total: 'Total',
    noAgenda: 'No agenda items yet.',
    attendance: 'Attendance',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    notRecorded: 'Not recorded',
    none: 'None',
    noMinutes: 'No minutes were written.',
    decisions: 'Decisions',
    noDecisions: 'No decisions were recorded.',
    tasks: 'Follow-up tasks',
    task: 'Task',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    open: 'Open',
    done: 'Done',
    noTasks: 'No follow-up tasks.',
    minutesUnit: (n: number) => `${n} min`,
    method: { consensus: 'by consensus', fist_to_five: 'by fist to five', majority: 'by majority vote', other: 'other' },
  },
  es: {
    agenda: 'Orden del día',
    minutes: 'Acta',
    date: 'Fecha',
    time: 'Hora',
    length: 'Duración',
    place: 'Lugar',
    link: 'Enlace de la reunión',
    format: 'Formato',
    phase: 'Fase',
    purpose: 'Propósito',
    outcomes: 'Resultados esperados',
    item: 'Punto',
    presenter: 'Presenta',
    duration: 'Minutos',
    total: 'Total',
    noAgenda: 'Todavía no hay puntos en el orden del día.',
    attendance: 'Asistencia',
    present: 'Presentes',
    absent: 'Ausentes',
    excused: 'Justificados',
    notRecorded: 'Sin registrar',
    none: 'Ninguno',
    noMinutes: 'No se redactó el acta.',
    decisions: 'Decisiones',
    noDecisions: 'No se registraron decisiones.',
    tasks: 'Tareas de seguimiento',
    task: 'Tarea',
    owner: 'Responsable',
    due: 'Vence',
    status: 'Estado',
    open: 'Abierta',
    done: 'Hecha',
    noTasks: 'No hay tareas de seguimiento.',
    minutesUnit: (n: number) => `${n} min`,
    method: { consensus: 'por consenso', fist_to_five: 'por puño a cinco', majority: 'por mayoría', other: 'otro' },
  },
};

const css = `
@page { size: Letter; }
:root { color: #111827; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; }
body { margin: 0; }
h1, h2 { color: #1e3a5f; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 13.5pt; margin: 16pt 0 6pt; border-bottom: 1.5pt solid #1e3a5f; padding-bottom: 2pt; }
.eyebrow { font-size: 10pt; color: #374151; margin: 0 0 2pt; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 8pt 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
p { margin: 0 0 6pt; }
.text { white-space: pre-wrap; }
.muted { color: #4b5563; font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; }
th, td { border: 0.75pt solid #9ca3af; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e5e7eb; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
td.number, th.number { text-align: right; width: 0.8in; }
tr { break-inside: avoid; page-break-inside: avoid; }
ol, ul { margin: 0 0 8pt; padding-left: 18pt; }
`;

export interface SessionPrint {
  districtName: string;
  cycleName: string;
  record: PresentedRecord;
  locale: PrintLocale;
}

function formatDate(locale: PrintLocale, date: string, dateStyle: 'full' | 'medium' = 'full') {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(time));
}

function page(locale: PrintLocale, title: string, body: string) {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${h(title)}</title>
<style>${css}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

function header({ districtName, cycleName, record, locale }: SessionPrint, kind: 'agenda' | 'minutes') {
  const w = words[locale];
  const s = record.session;
  const facts: Array<[string, string]> = [
    [w.date, formatDate(locale, s.date)],
    ...(record.startTime ? [[w.time, record.startTime] as [string, string]] : []),
    ...(s.lengthMinutes ? [[w.length, w.minutesUnit(s.lengthMinutes)] as [string, string]] : []),
    ...(record.place ? [[w.place, record.place] as [string, string]] : []),
    ...(record.meetingLink ? [[w.link, record.meetingLink] as [string, string]] : []),
    [w.phase, s.phaseName],
  ];
  return `<header>
<p class="eyebrow">${h(districtName)} · ${h(cycleName)}</p>
<h1>${h(w[kind])}: ${h(s.name)}</h1>
<dl class="facts">${facts.map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value)}</dd>`).join('')}</dl>
</header>`;
}

/** The agenda to hand out before the session: when and where, why, and the items in order. */
export function renderAgendaHtml(print: SessionPrint): string {
  const w = words[print.locale];
  const { record } = print;
  const total = record.agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const items = record.agenda.length
    ? `<table><thead><tr><th scope="col" class="number">#</th><th scope="col">${h(w.item)}</th><th scope="col">${h(w.presenter)}</th><th scope="col" class="number">${h(w.duration)}</th></tr></thead><tbody>${record.agenda
        .map((item, i) => `<tr><td class="number">${i + 1}</td><td>${h(item.title)}</td><td>${h(item.presenter ?? '')}</td><td class="number">${item.minutes ?? ''}</td></tr>`)
        .join('')}</tbody>${total ? `<tfoot><tr><th scope="row" colspan="3">${h(w.total)}</th><td class="number">${total}</td></tr></tfoot>` : ''}</table>`
    : `<p class="muted">${h(w.noAgenda)}</p>`;
  const purpose = record.session.purpose ? `<h2>${h(w.purpose)}</h2><p>${h(record.session.purpose)}</p>` : '';
  const outcomes = record.session.outcomes.length ? `<h2>${h(w.outcomes)}</h2><ul>${record.session.outcomes.map((o) => `<li>${h(o)}</li>`).join('')}</ul>` : '';
  return page(print.locale, `${w.agenda}: ${record.session.name}`, `${header(print, 'agenda')}${purpose}<h2>${h(w.agenda)}</h2>${items}${outcomes}`);
}

/** The minutes after the session: who came, what was said, what was decided, who does what by when. */
export function renderMinutesHtml(print: SessionPrint): string {
  const w = words[print.locale];
  const { record } = print;
  const namesWith = (status: 'present' | 'absent' | 'excused' | null) => record.attendance.filter((a) => a.status === status).map((a) => a.name);
  const group = (label: string, names: string[]) => `<dt>${h(label)}</dt><dd>${names.length ? h(names.join(', ')) : `<span class="muted">${h(w.none)}</span>`}</dd>`;
  const unrecorded = namesWith(null);
  const attendance = `<dl class="facts">${group(w.present, namesWith('present'))}${group(w.absent, namesWith('absent'))}${group(w.excused, namesWith('excused'))}${unrecorded.length ? group(w.notRecorded, unrecorded) : ''}</dl>`;
  const minutes = record.minutes.trim() ? `<p class="text">${h(record.minutes)}</p>` : `<p class="muted">${h(w.noMinutes)}</p>`;
  const decisions = record.decisions.length
    ? `<ol>${record.decisions.map((d) => `<li>${h(d.text)}${d.method ? ` <span class="muted">(${h(w.method[d.method])})</span>` : ''}</li>`).join('')}</ol>`
    : `<p class="muted">${h(w.noDecisions)}</p>`;
  const tasks = record.tasks.length
    ? `<table><thead><tr><th scope="col">${h(w.task)}</th><th scope="col">${h(w.owner)}</th><th scope="col">${h(w.due)}</th><th scope="col">${h(w.status)}</th></tr></thead><tbody>${record.tasks
        .map((t) => `<tr><td>${h(t.title)}</td><td>${h(t.ownerName ?? '')}</td><td>${h(formatDate(print.locale, t.dueDate, 'medium'))}</td><td>${h(t.status === 'done' ? w.done : w.open)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="muted">${h(w.noTasks)}</p>`;
  return page(print.locale, `${w.minutes}: ${record.session.name}`, `${header(print, 'minutes')}<h2>${h(w.attendance)}</h2>${attendance}<h2>${h(w.minutes)}</h2>${minutes}<h2>${h(w.decisions)}</h2>${decisions}<h2>${h(w.tasks)}</h2>${tasks}`);
}
