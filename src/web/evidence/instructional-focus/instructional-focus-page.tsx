import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { focusPages, type FocusPage } from '../../../core/evidence/instructional-focus/focus-limits';
import { pagesDone } from '../../../core/evidence/instructional-focus/focus-content';
import type { InstructionalFocus } from '../../../core/evidence/instructional-focus/instructional-focus';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { CommitmentsPageFields, EvidencePageFields, FocusPageFields, StrategiesPageFields, type PlanChoice } from './focus-pages';
import '../evidence.css';
import './instructional-focus.css';

interface FocusRecord {
  cycle: { id: string; name: string; plan_id: string | null };
  focus: InstructionalFocus;
  pages_done: FocusPage[];
  version: number;
  updated_at: string | null;
}

interface PlanElements {
  elements: Array<{ kind: string; key: string; fields: Record<string, unknown> }>;
}

const pageTitle = { focus: 'focus.page.focus', evidence: 'focus.page.evidence', strategies: 'focus.page.strategies', commitments: 'focus.page.commitments' } as const;

/**
 * Performance Fact's 4-page Instructional Focus of a planning cycle, written here page by page and
 * downloaded as Word or PDF in four pages; reached from the cycle's checklist, where the
 * deliverable is complete only once all four pages are written.
 */
export function InstructionalFocusPage() {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { cycleId } = useParams();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'evidence.edit');
  const path = `/api/cycles/${cycleId}/instructional-focus`;
  const resource = useResource<FocusRecord>(path);
  const record = resource.data;
  const plan = useResource<PlanElements>(record?.cycle.plan_id ? `/api/plans/${record.cycle.plan_id}` : null);
  const [draft, setDraft] = useState<InstructionalFocus | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  useEffect(() => setDraft(record?.focus ?? null), [record]);

  const choices = (kind: string): PlanChoice[] => (plan.data?.elements ?? []).filter((element) => element.kind === kind).map((element) => ({ key: element.key, title: String(element.fields.title ?? '') }));
  const errors = useMemo(() => new Map((failure?.code === 'invalid_input' ? failure.details : []).map((detail) => [detail.path, fieldIssueMessage(detail)] as const)), [failure]);
  const isChanged = draft !== null && record !== null && JSON.stringify(draft) !== JSON.stringify(record.focus);
  const done = draft ? pagesDone(draft) : [];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !record) return;
    setIsSaving(true);
    setFailure(null);
    try {
      resource.setData(await api.put<FocusRecord>(path, { focus: draft, version: record.version }));
      say(t('focus.saved'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  const download = (format: 'docx' | 'pdf') => `${path}.${format}?lang=${locale}`;
  const section = (page: FocusPage, number: number, fields: ReactNode) => (
    <section className="card focus-page" aria-labelledby={`focus-page-${page}`} key={page}>
      <div className="card-header">
        <h2 id={`focus-page-${page}`}>{t('focus.pageNumber', { number, title: t(pageTitle[page]) })}</h2>
        <Badge tone={done.includes(page) ? 'success' : 'neutral'}>{t(done.includes(page) ? 'focus.pageWritten' : 'focus.pageNotYet')}</Badge>
      </div>
      <div className="card-body">
        <fieldset disabled={!canEdit} className="focus-page-fields">
          {fields}
        </fieldset>
      </div>
    </section>
  );

  return (
    <>
      <PageHeader
        title={t('focus.title')}
        titleContext={record?.cycle.name}
        eyebrow={record ? <Link to={`/o/${organization!.id}/process/${record.cycle.id}`}>{record.cycle.name}</Link> : undefined}
        description={t('focus.intro')}
        actions={
          <div className="row">
            <a className="button button-secondary" href={download('docx')} download>
              {t('focus.downloadWord')}
            </a>
            <a className="button button-secondary" href={download('pdf')} download>
              {t('focus.downloadPdf')}
            </a>
          </div>
        }
      />
      {resource.isLoading && !record && <Loading />}
      {resource.error && <ErrorAlert error={resource.error} title={t('focus.loadFailed')} />}
      {draft && (
        <form className="stack focus-form" onSubmit={save} noValidate>
          <p>
            <Badge tone={done.length === focusPages.length ? 'success' : 'warning'}>{t('focus.pagesDone', { count: done.length, of: focusPages.length })}</Badge>
          </p>
          {failure && (failure.code === 'conflict' ? <Alert tone="warning" title={t('focus.conflict')} /> : <ErrorAlert error={failure} title={t('focus.saveFailed')} onDismiss={() => setFailure(null)} />)}
          {section('focus', 1, <FocusPageFields focus={draft} errors={errors} onChange={setDraft} goals={choices('goal')} />)}
          {section('evidence', 2, <EvidencePageFields focus={draft} errors={errors} onChange={setDraft} />)}
          {section('strategies', 3, <StrategiesPageFields focus={draft} errors={errors} onChange={setDraft} strategies={choices('strategy')} />)}
          {section('commitments', 4, <CommitmentsPageFields focus={draft} errors={errors} onChange={setDraft} />)}
          {canEdit && (
            <div className="focus-save-bar">
              <Button type="submit" variant="primary" isBusy={isSaving} disabled={!isChanged}>
                {t('focus.save')}
              </Button>
              {isChanged && <span className="muted">{t('focus.unsaved')}</span>}
            </div>
          )}
        </form>
      )}
    </>
  );
}
