import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicPageOptions, publicPagePolicy } from '../../http/public-page.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Locale } from '../../../core/i18n/format-message.js';
import { resolvePrincipal } from '../../auth/principal.js';
import type { AppContext } from '../../context.js';
import { formFieldsOf, type FormFields } from '../../engagement/respondent/form-fields.js';
import { AppError } from '../../errors.js';
import { readerLanguage } from '../../http/reader-language.js';
import { findOrganization, listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { addSwotItem } from '../retreats/add-swot-item.js';
import { normalizeJoinCode } from '../retreats/join-code.js';
import { joinRetreat } from '../retreats/join-retreat.js';
import { postObservation } from '../retreats/post-observation.js';
import { readRoomState } from '../retreats/read-room-state.js';
import { takeRoomWrite } from '../retreats/retreat-room-limits.js';
import { findRoom, findRoomParticipant, memberOf, roomContributor, roomCookieName, type RoomCaller } from '../retreats/room-caller.js';
import type { RetreatRow } from '../retreats/retreats.repo.js';
import { setSwotDots } from '../retreats/set-swot-dots.js';
import { DotsBody } from '../retreats/swot.schema.js';
import { readJoinName, readObservationForm, readSwotForm } from './read-room-form.js';
import type { KeptFields, PageProblem } from './render-room-chart.js';
import { renderRetreatPage } from './render-retreat-page.js';
import { renderMissingRetreatPage } from './retreat-page-frame.js';
import { retreatWordsIn } from './retreat-page-messages.js';
import { retreatScriptPath, retreatScriptSource } from './retreat-page-script.js';
import { retreatPageStylesHash } from './retreat-page-styles.js';
import { RoomPageParams, RoomPageQuery } from './retreat-page.schema.js';

const policy = (hasScript: boolean) => publicPagePolicy({ stylesHash: retreatPageStylesHash, hasScript, formAction: "'self'" });
const pagePolicy = policy(true);
const plainPolicy = policy(false);
const pageOptions = publicPageOptions;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As long as the room's API keeps a phone's cookie. */
const COOKIE_DAYS = 30;

/** en or es when the reader chose one (?lang=), else their browser's language. */
const localeOf = (request: FastifyRequest, lang: string | undefined): Locale => {
  const chosen = lang?.toLowerCase().split('-')[0];
  return chosen === 'es' || chosen === 'en' ? chosen : readerLanguage(request);
};

/**
 * The room's page, /r/:code: people at a data retreat on their own phones. The page, its form
 * posts without a script (through the same use-cases as the room's JSON API, then back to the
 * right place on the page), and its script, which keeps the page live.
 */
export async function registerRetreatPageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.sessionSecret;
  const secure = ctx.config.publicUrl.startsWith('https://');
  const sendPage = (reply: FastifyReply, status: number, html: string, csp = pagePolicy) =>
    reply.status(status).header('content-security-policy', csp).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  const seeOther = (reply: FastifyReply, url: string) => reply.status(303).header('cache-control', 'no-store').redirect(url);
  const inLanguage = (code: string) => (language: string) => `/r/${code}?lang=${language}`;

  /** The open retreat of the code, or the page that says there is none (404) or that it closed (410). */
  const findOpenRoom = async (reply: FastifyReply, rawCode: string, locale: Locale): Promise<RetreatRow | null> => {
    const retreat = await findRoom(ctx.db, rawCode).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    });
    if (!retreat) {
      await sendPage(reply, 404, renderMissingRetreatPage({ locale, status: 404 }), plainPolicy);
      return null;
    }
    if (retreat.status === 'closed') {
      await sendClosed(reply, retreat, locale);
      return null;
    }
    return retreat;
  };
  const sendClosed = async (reply: FastifyReply, retreat: RetreatRow, locale: Locale) => {
    const organization = await findOrganization(ctx.db, retreat.organization_id);
    return sendPage(reply, 410, renderMissingRetreatPage({ locale, status: 410, organizationName: organization?.name ?? '' }), plainPolicy);
  };

  /**
   * Who calls: a signed-in member of the district (a form post counts as theirs only with their
   * CSRF token, which each form carries), else the phone whose cookie the room set.
   */
  const callerOf = async (request: FastifyRequest, retreat: RetreatRow, csrfToken?: string) => {
    const hasCredentials = request.headers.cookie !== undefined || request.headers.authorization !== undefined;
    const principal = hasCredentials ? await resolvePrincipal(request, ctx.db, secret).catch(() => null) : null;
    const member = await memberOf(ctx.db, retreat, principal, { isWrite: csrfToken !== undefined, csrfToken });
    const caller: RoomCaller = { member, deviceToken: request.cookies[roomCookieName(retreat.join_code)] ?? null };
    return { caller, csrf: member && principal?.csrfToken ? principal.csrfToken : member ? '' : null, memberName: member?.name ?? null };
  };

  /**
   * The phone's token in two cookies, each sent only where it is needed: the page's (/r/<code>) and
   * the room API's, which the script's live updates call. Set again with every page a known phone
   * loads, so the two stay together for as long as the room is used.
   */
  const keepDevice = (reply: FastifyReply, retreat: RetreatRow, token: string, options: { forPage: boolean }) => {
    const cookie = { httpOnly: true, sameSite: 'lax' as const, secure, maxAge: COOKIE_DAYS * 86_400 };
    if (options.forPage) reply.setCookie(roomCookieName(retreat.join_code), token, { ...cookie, path: `/r/${retreat.join_code}` });
    reply.setCookie(roomCookieName(retreat.join_code), token, { ...cookie, path: '/api/public/retreats' });
  };

  /** The page as this caller sees it now, with a problem said next to its field and what they wrote kept. */
  const drawPage = async (request: FastifyRequest, reply: FastifyReply, retreat: RetreatRow, locale: Locale, status = 200, problem: PageProblem | null = null, kept: KeptFields = {}) => {
    const { caller, csrf, memberName } = await callerOf(request, retreat);
    const participant = await findRoomParticipant(ctx.db, retreat, caller, secret);
    if (participant && !caller.member && caller.deviceToken) keepDevice(reply, retreat, caller.deviceToken, { forPage: false });
    const state = await readRoomState({ db: ctx.db, retreat, participant, withChartData: participant !== null });
    const organization = await findOrganization(ctx.db, retreat.organization_id);
    const readsOneSchool = participant !== null && state.charts.some((chart) => chart.view.school_id);
    const schoolNames = new Map(readsOneSchool ? (await listDistrictSchools(ctx.db, retreat.organization_id)).map((school) => [school.id, school.name]) : []);
    const html = renderRetreatPage({
      locale,
      organizationName: organization?.name ?? '',
      state,
      member: memberName !== null ? { name: memberName, csrf: csrf ?? '' } : null,
      schoolNames,
      problem,
      kept,
      paths: { action: `/r/${retreat.join_code}?lang=${locale}`, inLanguage: inLanguage(retreat.join_code), api: `/api/public/retreats/${retreat.join_code}`, script: retreatScriptPath },
    });
    return sendPage(reply, status, html);
  };

  fastify.get(retreatScriptPath, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(retreatScriptSource),
  );

  await fastify.register(async (scope) => {
    // Only this page's forms post form-encoded in this scope; the API stays JSON.
    scope.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, formFieldsOf(body as string)));
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.get('/r/:code', { schema: { hide: true, params: RoomPageParams, querystring: RoomPageQuery }, ...pageOptions }, async (request, reply) => {
      const locale = localeOf(request, request.query.lang);
      // The code as typed ("abc-d2k") goes to its one address, where the phone's cookie is sent.
      const code = normalizeJoinCode(request.params.code);
      if (code && code !== request.params.code) return seeOther(reply, `/r/${code}${request.query.lang ? `?lang=${encodeURIComponent(request.query.lang)}` : ''}`);
      const retreat = await findOpenRoom(reply, request.params.code, locale);
      if (!retreat) return reply;
      return drawPage(request, reply, retreat, locale);
    });

    // Without a script: join, add an observation or an item, or move a dot, through the same
    // use-cases as the room's API; each success goes back to where it was on the page (post/redirect/get).
    // Every text it stores goes through the room API's schemas (storable text), so a NUL in a field
    // is said next to that field on the page rather than refused as JSON by the net before it.
    const postOptions = { ...pageOptions, config: { ...pageOptions.config, checksStorableText: true as const } };
    app.post('/r/:code', { schema: { hide: true, params: RoomPageParams, querystring: RoomPageQuery }, ...postOptions }, async (request, reply) => {
      const fields: FormFields = isFormFields(request.body) ? request.body : {};
      const first = (name: string) => fields[name]?.[0] ?? '';
      const locale = localeOf(request, request.query.lang);
      const word = retreatWordsIn(locale);
      const retreat = await findOpenRoom(reply, request.params.code, locale);
      if (!retreat) return reply;
      const page = `/r/${retreat.join_code}?lang=${locale}`;
      const action = first('action');
      const again = (status: number, problem: PageProblem, kept: KeptFields = {}) => drawPage(request, reply, retreat, locale, status, problem, kept);
      const { caller } = await callerOf(request, retreat, first('csrf').slice(0, 200));
      const client = { address: request.ip };
      const scope = { db: ctx.db, organizationId: retreat.organization_id, retreatId: retreat.id };
      const kept: KeptFields = { name: first('display_name').slice(0, 200), kind: first('kind'), body: first('body').slice(0, 2000), quadrant: first('quadrant'), text: first('text').slice(0, 2000) };
      /** Where a refusal of this form is said when it belongs to no one field. */
      const formProblem = (message: string): PageProblem => {
        if (action === 'observation') return { form: 'observation', target: first('chart'), field: 'form', message };
        if (action === 'dots') return { form: 'dots', target: first('item'), field: 'dots', message };
        return { form: action === 'swot' ? 'swot' : 'join', field: 'form', message };
      };

      try {
        if (action === 'join') {
          const name = caller.member ? { name: undefined } : readJoinName(first('display_name'), locale);
          if ('problem' in name) return await again(400, name.problem, kept);
          const joined = await joinRetreat({ db: ctx.db, retreat, caller, displayName: name.name, secret, client });
          if (joined.deviceToken) keepDevice(reply, retreat, joined.deviceToken, { forPage: true });
          return seeOther(reply, `${page}#charts`);
        }
        if (action === 'observation') {
          const read = readObservationForm({ chart: first('chart'), kind: first('kind'), body: first('body') }, locale);
          if ('problem' in read) return await again(400, read.problem, kept);
          takeRoomWrite({ write: 'observations', retreatId: retreat.id, address: client.address, secret });
          const contributor = await roomContributor(ctx.db, retreat, caller, secret);
          await postObservation({ ...scope, contributor, values: read.values });
          return seeOther(reply, `${page}#chart-${read.values.chart_id}`);
        }
        if (action === 'swot') {
          const read = readSwotForm({ quadrant: first('quadrant'), text: first('text') }, locale);
          if ('problem' in read) return await again(400, read.problem, kept);
          takeRoomWrite({ write: 'items', retreatId: retreat.id, address: client.address, secret });
          const contributor = await roomContributor(ctx.db, retreat, caller, secret);
          const item = await addSwotItem({ ...scope, contributor, values: read.values });
          return seeOther(reply, `${page}#item-${item.id}`);
        }
        if (action === 'dots') {
          const itemId = first('item');
          const dots = DotsBody.safeParse({ dots: Number(first('dots') || Number.NaN) });
          if (!UUID.test(itemId)) return await again(400, { form: 'swot', field: 'form', message: word('itemGone') });
          if (!dots.success) return await again(400, formProblem(word('formProblem')));
          takeRoomWrite({ write: 'dots', retreatId: retreat.id, address: client.address, secret });
          const contributor = await roomContributor(ctx.db, retreat, caller, secret);
          await setSwotDots({ ...scope, itemId, contributor, dots: dots.data.dots });
          return seeOther(reply, `${page}#item-${itemId}`);
        }
        return seeOther(reply, page);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'rate_limited') return again(429, formProblem(word('tooMany')), kept);
        if (error.code === 'unauthenticated') return again(400, { form: 'join', field: 'form', message: word('joinFirst') });
        // Closed between the page and the post: the page that says so.
        if (error.code === 'forbidden') return sendClosed(reply, retreat, locale);
        if (error.code === 'not_found') return again(400, { form: 'swot', field: 'form', message: word('itemGone') });
        if (error.code !== 'invalid_input') throw error;
        const detail = error.details[0];
        if (detail?.path === '/dots') {
          const left = Number(detail.params?.left ?? 0);
          return again(400, formProblem(left > 0 ? word('fewDotsLeft', { left }) : word('noDotsLeft')));
        }
        if (detail?.path === '/chart_id') return again(400, formProblem(word('chartGone')), kept);
        return again(400, formProblem(word('formProblem')), kept);
      }
    });
  });
}

const isFormFields = (value: unknown): value is FormFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => Array.isArray(entry) && entry.every((item) => typeof item === 'string'));
