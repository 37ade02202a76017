import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { languageLinks } from '../../engagement/conversation-page/language-links.js';
import { formHead, problemFor, renderRoomChart, type KeptFields, type PageProblem, type RenderContext, type RoomState } from './render-room-chart.js';
import { renderSwotBoard } from './render-swot-board.js';
import { retreatWordsIn, type RetreatPageKey } from './retreat-page-messages.js';
import { retreatPageFrame } from './retreat-page-frame.js';

export const NAME_MAX = 80;

export interface RetreatPageInput {
  locale: Locale;
  organizationName: string;
  state: RoomState;
  /** A signed-in member of the district: they join as themselves, and their forms carry their CSRF token. */
  member: { name: string; csrf: string } | null;
  /** The district's schools by id, for the charts that read one school. */
  schoolNames?: ReadonlyMap<string, string>;
  problem?: PageProblem | null;
  kept?: KeptFields;
  paths: { action: string; inLanguage: (language: string) => string; api: string; script: string };
}

/** The words the script writes when the room moves: counts, ranks, new observations. */
const scriptWordKeys: readonly RetreatPageKey[] = ['notice', 'wonder', 'yours', 'dotsOne', 'dotsMany', 'rank', 'tiedRank', 'myDots', 'addDot', 'removeDot', 'dotsLeft', 'offline', 'newObservations', 'newCharts', 'showNewCharts'];

/**
 * The room's page, drawn on the server and working without a script. Before the phone joins: the
 * retreat's title and a join form (a name, or "join as yourself" for a signed-in member). Once
 * joined: each chart with its question, its data as a table with bars (small groups hidden in
 * words), what people noticed and wondered and a form to add one; the SWOT board with dots; the
 * priorities. The page's script (retreat-page-script.ts) keeps the counts and observations live.
 */
export function renderRetreatPage(input: RetreatPageInput): string {
  const { state, locale, paths } = input;
  const word = retreatWordsIn(locale);
  const say = (key: RetreatPageKey, values?: Record<string, string | number>) => escapeHtml(word(key, values));
  const ctx: RenderContext = { locale, word, action: paths.action, csrf: input.member?.csrf ?? null, problem: input.problem ?? null, kept: input.kept ?? {}, isOpen: state.retreat.status === 'open', schoolNames: input.schoolNames ?? new Map() };
  const languages = languageLinks(['en', 'es'], locale, paths.inLanguage, say('language'));
  const head = `<h1>${escapeHtml(state.retreat.title)}</h1>
<p class="note">${say('by', { organization: input.organizationName })}</p>
${languages}`;

  if (!state.me) {
    const name = problemFor(ctx, 'join', 'name', 'name-problem');
    const other = ctx.problem?.form === 'join' && !name.html ? `<p class="status warn" role="status">${escapeHtml(ctx.problem.message)}</p>` : '';
    const fields = input.member
      ? `<p>${say('memberIntro', { name: input.member.name })}</p>`
      : `<label for="display-name" class="field-label">${say('nameLabel')}</label>
<p class="note" id="name-hint">${say('nameHint')}</p>
<input type="text" id="display-name" name="display_name" autocomplete="name" maxlength="${NAME_MAX}" value="${escapeHtml(ctx.kept.name ?? '')}"${name.attributes ? name.attributes.replace('aria-describedby="name-problem"', 'aria-describedby="name-hint name-problem"') + ' class="invalid-field"' : ` aria-describedby="name-hint"${other ? ' autofocus' : ''}`}>
${name.html}`;
    const body = `${head}
<section id="join" aria-labelledby="join-title">
<h2 id="join-title">${say('joinTitle')}</h2>
<p>${say('joinIntro')}</p>
<p class="note">${say('joinPrivacy')}</p>
<form id="join-form" method="post" action="${escapeHtml(paths.action)}" novalidate>
${formHead(ctx, 'join')}
${fields}
${other}
<div class="actions"><button type="submit" class="primary">${input.member ? say('joinAsMember', { name: input.member.name }) : say('join')}</button></div>
</form>
</section>`;
    return retreatPageFrame({ locale, title: `${state.retreat.title} · ${input.organizationName}`, organizationName: input.organizationName, body });
  }

  const charts = state.charts.length ? state.charts.map((chart, index) => renderRoomChart(chart, index, ctx)).join('\n') : `<p class="note">${say('noCharts')}</p>`;
  // Drawn even while empty, hidden: the script shows it when the team carries priorities forward.
  const hidden = state.priorities.length ? '' : ' hidden';
  const priorities = `<section class="block" id="priorities" aria-labelledby="priorities-title"${hidden}><h2 id="priorities-title">${say('prioritiesTitle')}</h2><ol class="priorities" id="priority-list">${state.priorities.map((priority) => `<li>${escapeHtml(priority.title)}</li>`).join('')}</ol></section>`;
  const scriptData = { api: paths.api, words: Object.fromEntries(scriptWordKeys.map((key) => [key, word(key)])), total: state.retreat.dots_per_person };
  const body = `<div id="room" data-room="${escapeHtml(JSON.stringify(scriptData))}">
${head}
<p class="me">${say('youAre', { name: state.me.display_name })}</p>
<nav aria-label="${say('contents')}"><ul class="toc"><li><a href="#charts">${say('chartsTitle')}</a></li><li><a href="#swot">${say('swotTitle')}</a></li><li id="priorities-link"${hidden}><a href="#priorities">${say('prioritiesTitle')}</a></li></ul></nav>
<p class="live" id="live" role="status" aria-live="polite"></p>
<section class="block" id="charts" aria-labelledby="charts-title">
<h2 id="charts-title">${say('chartsTitle')}</h2>
${charts}
</section>
${renderSwotBoard(state, ctx)}
${priorities}
</div>`;
  return retreatPageFrame({ locale, title: `${state.retreat.title} · ${input.organizationName}`, organizationName: input.organizationName, body, scriptPath: paths.script });
}
