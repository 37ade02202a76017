import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { signedIn } from '../../auth/access-rules.js';
import { projectRoot } from '../../config.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { localizeTemplate } from '../../../core/process/localize-template.js';
import { supportedLocales } from '../../../core/i18n/format-message.js';
import { loadTemplates } from './load-templates.js';
import { presentProcessTemplate } from './process-templates.present.js';
import { ProcessTemplate, ProcessTemplateList, TemplateParams } from './process-templates.schema.js';

/**
 * The read-only template routes over the templates of `directory`. The files are read and checked
 * once, when the app is built, so a bad file stops the server at start with its file, path and
 * reason instead of failing a district halfway through a process.
 */
export function processTemplateRoutes(directory: string) {
  return async function registerRoutes(fastify: FastifyInstance, _ctx: AppContext) {
    // Presented once per language at start: the templates are the same for everyone who reads it.
    const presented = new Map(supportedLocales.map((locale) => [locale, loadTemplates(directory).map((template) => presentProcessTemplate(localizeTemplate(template, locale)))]));
    const templatesFor = (request: Parameters<typeof readerLanguage>[0]) => presented.get(readerLanguage(request))!;
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['process templates'];

    app.get('/api/process-templates', {
      schema: {
        tags,
        summary: 'The planning process templates, with their phases, sessions and deliverables',
        description: "In the language of the Accept-Language header where a template carries it ('es'), otherwise in English.",
        response: { 200: ProcessTemplateList, ...standardErrors },
      },
      config: { access: signedIn },
      handler: async (request) => ({ templates: templatesFor(request) }),
    });

    app.get('/api/process-templates/:templateId', {
      schema: { tags, summary: 'One planning process template', params: TemplateParams, response: { 200: ProcessTemplate, ...standardErrors } },
      config: { access: signedIn },
      handler: async (request) => {
        const template = templatesFor(request).find((candidate) => candidate.id === request.params.templateId);
        if (!template) throw notFound('Process template');
        return template;
      },
    });
  };
}

// tsc does not copy the JSON files into dist/, so both src/ and dist/ read them from the repository.
export const registerProcessTemplateRoutes = processTemplateRoutes(path.join(projectRoot, 'templates'));
