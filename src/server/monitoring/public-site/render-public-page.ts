import { escapeHtml } from '../../documents/escape-html.js';
import { isLocale, type Locale } from '../../../core/i18n/format-message.js';
import { studentGroupLabel } from '../../../core/monitoring/student-group-names.js';
import { localizeUnitLabel } from '../../../core/plan/unit-words.js';
import { renderChartSvg, type ChartLine } from './render-chart-svg.js';
import { languageNames, publicMessage, type PublicMessageKey } from './public-page-messages.js';
import { publicPageStyles } from './public-page-styles.js';
import { publicLanguages, type LocalizedText, type PublicGoal, type PublicMeasure, type PublicPlan } from './public-site.schema.js';

/**
 * The public progress pages as plain HTML drawn on the server from the same PublicPlan the JSON
 * API answers: no script to download or run, so they load fast on a family's phone and read the
 * same in every browser and screen reader.
 */

export const publicPaths = {
  plan: (slug: string) => `/p/${encodeURIComponent(slug)}`,
  goal: (slug: string, goalKey: string) => `/p/${encodeURIComponent(slug)}/goals/${encodeURIComponent(goalKey)}`,
  widget: (slug: string) => `/p/${encodeURIComponent(slug)}/widget`,
};

const withLanguage = (path: string, language: string) => (language === 'en' ? path : `${path}?lang=${language}`);

const statusKey: Record<string, PublicMessageKey> = {
  achieved: 'statusAchieved',
  on_track: 'statusOnTrack',
  at_risk: 'statusAtRisk',
  off_track: 'statusOffTrack',
  no_data: 'statusNoData',
};
const trendKey: Record<string, PublicMessageKey> = { improving: 'trendImproving', flat: 'trendFlat', declining: 'trendDeclining', unknown: 'trendUnknown' };

/** A text in its own language: a fallback original inside a Spanish page is marked as English. */
function localized(text: LocalizedText, pageLanguage: string): string {
  const escaped = escapeHtml(text.text);
  return text.language === pageLanguage ? escaped : `<span lang="${text.language}">${escaped}</span>`;
}

function formatValue(value: number, measure: PublicMeasure, language: string): string {
  const number = new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 2 }).format(value);
  if (measure.unit === 'percent') return `${number}%`;
  return measure.unitLabel ? `${number} ${localizeUnitLabel(measure.unitLabel, asLocale(language))}` : number;
}

const asLocale = (language: string): Locale => (isLocale(language) ? language : 'en');

/** A group's name on the page: a built-in group in the page's language, a district's own as written. */
function groupName(subgroup: string | null, language: PublicPlan['language']): string {
  return subgroup === null ? publicMessage(language, 'allStudents') : studentGroupLabel(subgroup, language);
}

type Withholdable = { value: number | null; isHidden: boolean; range: { min: number; max: number } | null };

/** A value as the public may read it: the number, its published range, or why it is hidden. */
function publicValue(point: Withholdable, measure: PublicMeasure, language: PublicPlan['language']): string {
  if (point.range) {
    const atBottom = point.range.min <= 0;
    return publicMessage(language, atBottom ? 'atMost' : 'atLeast', { value: formatValue(atBottom ? point.range.max : point.range.min, measure, language) });
  }
  if (point.isHidden || point.value === null) return publicMessage(language, 'hidden');
  return formatValue(point.value, measure, language);
}

function statusBadge(status: string | null, language: PublicPlan['language']): string {
  const css = status ?? 'hidden';
  const label = status ? publicMessage(language, statusKey[status] ?? 'statusNoData') : publicMessage(language, 'statusHidden');
  return `<p class="status s-${css}">${escapeHtml(label)}</p>`;
}

function frame(plan: PublicPlan, options: { title: string; path: string; body: string; isWidget?: boolean }): string {
  const { language } = plan;
  const t = (key: PublicMessageKey, values?: Record<string, string | number>) => escapeHtml(publicMessage(language, key, values));
  const hasFallback = JSON.stringify(plan).includes('"isTranslated":false');
  const languageLinks = publicLanguages
    .map((lang) => `<li><a href="${escapeHtml(withLanguage(options.path, lang))}" lang="${lang}" hreflang="${lang}"${lang === language ? ' aria-current="true"' : ''}>${languageNames[lang]}</a></li>`)
    .join('');
  const updated = plan.updatedAt ? t('updated', { date: plan.updatedAt.slice(0, 10) }) : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<meta name="description" content="${escapeHtml(`${plan.district.name}: ${plan.plan.title.text}`)}">
${publicLanguages.map((lang) => `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(withLanguage(options.path, lang))}">`).join('\n')}
<style>${publicPageStyles}</style>
</head>
<body${options.isWidget ? ' class="widget"' : ''}>
<a class="skip" href="#main">${t('skip')}</a>
<header class="site"><div class="wrap"><p class="district">${escapeHtml(plan.district.name)}</p>
<nav class="languages" aria-label="${t('languages')}"><ul>${languageLinks}</ul></nav></div></header>
<main id="main" tabindex="-1"><div class="wrap">
${hasFallback ? `<p class="notice">${t('notTranslated')}</p>` : ''}
${options.body}
<p class="privacy">${t('privacy', { threshold: plan.privacyThreshold })}</p>
</div></main>
<footer class="site"><div class="wrap">${updated}${updated ? ' · ' : ''}${t('poweredBy')}</div></footer>
</body>
</html>`;
}

function goalCard(plan: PublicPlan, goal: PublicGoal, target?: string): string {
  const { language } = plan;
  const kind = goal.kind === 'guardrail' ? publicMessage(language, 'guardrail') : goal.kind === 'interim_goal' ? publicMessage(language, 'interimGoal') : null;
  const summary = goal.measures.length
    ? publicMessage(language, 'measuresSummary', { onTrack: goal.counts.onTrack, total: goal.counts.total })
    : publicMessage(language, 'noMeasures');
  const href = withLanguage(publicPaths.goal(plan.district.slug, goal.key), language);
  return `<li><article class="card status-card s-${goal.status}">${kind ? `<span class="kind">${escapeHtml(kind)}</span>` : ''}
<h3><a href="${escapeHtml(href)}"${target ? ` target="${target}"` : ''}>${localized(goal.title, language)}</a></h3>
${statusBadge(goal.status, language)}<p>${escapeHtml(summary)}</p></article></li>`;
}

/** The district's whole plan: mission, vision and every published goal with its status. */
export function renderPublicPlanPage(plan: PublicPlan): string {
  const { language } = plan;
  const t = (key: PublicMessageKey, values?: Record<string, string | number>) => escapeHtml(publicMessage(language, key, values));
  const intro = [
    plan.plan.mission ? `<section class="card"><h2>${t('mission')}</h2><p>${localized(plan.plan.mission, language)}</p></section>` : '',
    plan.plan.vision ? `<section class="card"><h2>${t('vision')}</h2><p>${localized(plan.plan.vision, language)}</p></section>` : '',
  ].join('');
  const subtitle = [localized(plan.plan.title, language), plan.plan.period ? escapeHtml(plan.plan.period) : ''].filter(Boolean).join(' · ');
  const body = `<h1>${t('pageTitle')}</h1><p class="subtitle">${subtitle}</p>
${intro ? `<div class="intro">${intro}</div>` : ''}
<h2>${t('goals')}</h2><ul class="goals">${plan.goals.map((goal) => goalCard(plan, goal)).join('')}</ul>
<p class="heard"><a href="${escapeHtml(withLanguage(`${publicPaths.plan(plan.district.slug)}/heard`, language))}">${t('heardLink')}</a></p>`;
  return frame(plan, { title: `${publicMessage(language, 'pageTitle')} · ${plan.district.name}`, path: publicPaths.plan(plan.district.slug), body });
}

/** One goal with each of its measures: status, latest result, target, chart, numbers and narrative. */
export function renderPublicGoalPage(plan: PublicPlan, goal: PublicGoal): string {
  const { language } = plan;
  const t = (key: PublicMessageKey) => escapeHtml(publicMessage(language, key));
  const back = `<p><a href="${escapeHtml(withLanguage(publicPaths.plan(plan.district.slug), language))}">← ${t('allGoals')}</a></p>`;
  const measures = goal.measures.length ? goal.measures.map((m) => measureSection(plan, m)).join('') : `<p>${t('noMeasures')}</p>`;
  const body = `${back}<h1>${localized(goal.title, language)}</h1>${statusBadge(goal.status, language)}${measures}${shapedBySection(plan, goal)}`;
  return frame(plan, { title: `${goal.title.text} · ${plan.district.name}`, path: publicPaths.goal(plan.district.slug, goal.key), body });
}

/**
 * "What shaped this goal": the words of what the goal, its measures and strategies cite, each
 * with what it is about. Nothing when nothing is cited.
 */
function shapedBySection(plan: PublicPlan, goal: PublicGoal): string {
  if (goal.shapedBy.length === 0) return '';
  const { language } = plan;
  const t = (key: PublicMessageKey) => escapeHtml(publicMessage(language, key));
  const items = goal.shapedBy
    .map((citation) => `<li><p>${localized(citation.text, language)}</p>${citation.about ? `<p class="about">${t('shapedAbout')} ${localized(citation.about, language)}</p>` : ''}</li>`)
    .join('');
  return `<section class="card shaped" aria-labelledby="shaped-by"><h2 id="shaped-by">${t('shapedBy')}</h2><p>${t('shapedByIntro')}</p><ul class="citations">${items}</ul></section>`;
}

function measureSection(plan: PublicPlan, measure: PublicMeasure): string {
  const { language } = plan;
  const t = (key: PublicMessageKey) => escapeHtml(publicMessage(language, key));
  const facts = [
    [t('latest'), measure.latest ? `${escapeHtml(publicValue(measure.latest, measure, language))} (${escapeHtml(measure.latest.periodLabel)})` : t('noResultYet')],
    [t('target'), measure.finalTarget ? `${escapeHtml(formatValue(measure.finalTarget.value, measure, language))} (${escapeHtml(measure.finalTarget.periodLabel)})` : '—'],
    [t('trend'), t(trendKey[measure.trend] ?? 'trendUnknown')],
  ]
    .map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`)
    .join('');
  const lines: ChartLine[] = [];
  const all = measure.series.find((s) => s.subgroup === null);
  const dated = (points: { periodLabel: string; endsOn: string | null; value: number | null }[]) =>
    points.filter((p): p is { periodLabel: string; endsOn: string; value: number } => p.endsOn !== null && p.value !== null);
  if (all) lines.push({ label: publicMessage(language, 'targetLine'), isDashed: true, points: dated([...(all.baseline ? [all.baseline] : []), ...all.targets]) });
  for (const series of measure.series) lines.push({ label: groupName(series.subgroup, language), isDashed: false, points: dated([...(series.subgroup === null && series.baseline ? [series.baseline] : []), ...series.actuals]) });
  const chart = renderChartSvg(lines, { title: publicMessage(language, 'chartTitle', { name: measure.name.text }), unitSuffix: measure.unit === 'percent' ? '%' : '' });
  const narrative = measure.narrative
    ? `<div class="narrative"><h3>${t('narrative')} (${escapeHtml(measure.narrative.periodLabel)})</h3>${[
        measure.narrative.happened ? `<p>${localized(measure.narrative.happened, language)}</p>` : '',
        measure.narrative.why ? `<p><strong>${t('why')}:</strong> ${localized(measure.narrative.why, language)}</p>` : '',
        measure.narrative.nextSteps ? `<p><strong>${t('next')}:</strong> ${localized(measure.narrative.nextSteps, language)}</p>` : '',
      ].join('')}</div>`
    : '';
  return `<section class="card measure status-card s-${measure.status ?? 'hidden'}" id="${escapeHtml(measure.key)}"><h2>${localized(measure.name, language)}</h2>
${statusBadge(measure.status, language)}<dl class="facts">${facts}</dl>${chart}${numbersTable(plan, measure)}${narrative}</section>`;
}

/** The chart's numbers as a table: the accessible twin of the picture, hidden values said plainly. */
function numbersTable(plan: PublicPlan, measure: PublicMeasure): string {
  const { language } = plan;
  const t = (key: PublicMessageKey) => escapeHtml(publicMessage(language, key));
  const periods = new Map<string, string | null>();
  const all = measure.series.find((s) => s.subgroup === null);
  if (all?.baseline) periods.set(all.baseline.periodLabel, all.baseline.endsOn);
  for (const s of measure.series) for (const p of [...s.targets, ...s.actuals]) if (!periods.has(p.periodLabel)) periods.set(p.periodLabel, p.endsOn);
  if (periods.size === 0) return '';
  const ordered = [...periods].sort((a, b) => (a[1] ?? '9999').localeCompare(b[1] ?? '9999')).map(([label]) => label);
  const columns = [
    { head: t('targetLine'), cell: (period: string) => all?.targets.find((p) => p.periodLabel === period)?.value ?? null, withheld: () => undefined },
    ...measure.series.map((s) => ({
      head: escapeHtml(groupName(s.subgroup, language)),
      cell: (period: string) => (s.baseline?.periodLabel === period ? s.baseline.value : (s.actuals.find((p) => p.periodLabel === period)?.value ?? null)),
      withheld: (period: string) => s.actuals.find((p) => p.periodLabel === period && p.isHidden),
    })),
  ];
  const rows = ordered
    .map((period) => {
      const cells = columns.map((c) => {
        const withheld = c.withheld(period);
        if (withheld) return withheld.range ? `<td class="num">${escapeHtml(publicValue(withheld, measure, language))}</td>` : `<td>${t('hidden')}</td>`;
        const value = c.cell(period);
        return `<td class="num">${value === null ? '' : escapeHtml(formatValue(value, measure, language))}</td>`;
      });
      const label = all?.baseline?.periodLabel === period ? `${escapeHtml(period)} (${t('baseline')})` : escapeHtml(period);
      return `<tr><th scope="row">${label}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<details><summary>${t('numbers')}</summary><div class="table-scroll" tabindex="0" role="region" aria-label="${t('numbers')}: ${escapeHtml(measure.name.text)}"><table><caption class="visually-hidden">${escapeHtml(measure.name.text)}</caption><thead><tr><th scope="col">${t('period')}</th>${columns.map((c) => `<th scope="col">${c.head}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/** A compact list of goals for the district's own website, in an iframe; links open the full report. */
export function renderPublicWidget(plan: PublicPlan): string {
  const { language } = plan;
  const full = withLanguage(publicPaths.plan(plan.district.slug), language);
  const body = `<h1>${localized(plan.plan.title, language)}</h1><ul class="goals">${plan.goals.map((goal) => goalCard(plan, goal, '_top')).join('')}</ul>
<p><a href="${escapeHtml(full)}" target="_top">${escapeHtml(publicMessage(language, 'fullReport'))}</a></p>`;
  return frame(plan, { title: `${plan.plan.title.text} · ${plan.district.name}`, path: publicPaths.widget(plan.district.slug), body, isWidget: true });
}
