import { useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanDetail } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useAnnounce } from '../../app/ui/announcer';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { planApi } from '../plans/plan-api';
import type { TransitionTarget } from '../plans/plan-lifecycle';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { OpenWindowFields } from '../../engagement/public-comment/open-window-fields';
import { publicCommentApi } from '../../engagement/public-comment/public-comment-api';

const texts: Record<TransitionTarget, { title: MessageKey; body: MessageKey; confirm: MessageKey; done: MessageKey }> = {
  public_comment: { title: 'lifecycle.confirm.public_comment.title', body: 'lifecycle.confirm.public_comment.body', confirm: 'lifecycle.action.public_comment', done: 'lifecycle.done.public_comment' },
  draft: { title: 'lifecycle.confirm.draft.title', body: 'lifecycle.confirm.draft.body', confirm: 'lifecycle.action.draft', done: 'lifecycle.done.draft' },
  adopted: { title: 'lifecycle.confirm.adopted.title', body: 'lifecycle.confirm.adopted.body', confirm: 'lifecycle.action.adopted', done: 'lifecycle.done.adopted' },
  amending: { title: 'lifecycle.confirm.amending.title', body: 'lifecycle.confirm.amending.body', confirm: 'lifecycle.action.amending', done: 'lifecycle.done.amending' },
  archived: { title: 'lifecycle.confirm.archived.title', body: 'lifecycle.confirm.archived.body', confirm: 'lifecycle.action.archived', done: 'lifecycle.done.archived' },
  discard: { title: 'lifecycle.confirm.discard.title', body: 'lifecycle.confirm.discard.body', confirm: 'lifecycle.action.discard', done: 'lifecycle.done.discard' },
};

/** From an amendment out for comment, 'amending' means back to drafting, not a new amendment. */
const backToAmending = { title: 'lifecycle.confirm.backToAmending.title', body: 'lifecycle.confirm.backToAmending.body', confirm: 'lifecycle.action.backToAmending', done: 'lifecycle.done.backToAmending' } as const;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Confirms a lifecycle move and says what it does (a version is frozen; what the public sees). Adoption
 * also records the board's decision: date, body, resolution number and vote.
 */
export function TransitionDialog({ target, onClose }: { target: TransitionTarget | null; onClose: () => void }) {
  const t = useT();
  const say = useAnnounce();
  const formId = useId();
  const { plan, setPlan, reloadPlan } = usePlanWorkspace();
  const [conflict, setConflict] = useState<'changed' | 'notAllowed' | null>(null);
  const text = target === 'amending' && plan.lifecycle === 'public_comment' ? backToAmending : target ? texts[target] : null;

  const form = useFormSubmit({
    validate: (data): Record<string, string> => {
      if (target === 'adopted' && !/^\d{4}-\d{2}-\d{2}$/.test(textOf(data, 'date'))) return { date: t('lifecycle.adoption.dateRequired') };
      if (target === 'public_comment' && !/^\d{4}-\d{2}-\d{2}$/.test(textOf(data, 'closes_on'))) return { closes_on: t('publicComment.closesOnRequired') };
      return {};
    },
    submit: async (data) => {
      if (!target) return;
      const optional = (name: string) => textOf(data, name) || undefined;
      const adoption = target === 'adopted' ? { date: textOf(data, 'date'), body: optional('body'), resolution: optional('resolution'), vote: optional('vote') } : undefined;
      try {
        // Discarding an amendment is the move back to the adopted version, flagged as a discard.
        if (target === 'public_comment') {
          // Going out for comment freezes the draft and opens the window in one move (the public comment route, not a plain transition).
          const opened = await api.post<{ plan: PlanDetail }>(publicCommentApi.windows(plan.id), {
            version: plan.version,
            closes_on: textOf(data, 'closes_on'),
            verify_email: data.get('verify_email') === 'on',
            show_comments: data.get('show_comments') === 'on',
          });
          setPlan(opened.plan);
          say(t('publicComment.opening.done'));
          close();
          return;
        }
        const body = target === 'discard' ? { to: 'adopted', version: plan.version, discard: true } : { to: target, version: plan.version, adoption };
        const updated = await api.post<PlanDetail>(planApi.transitions(plan.id), body);
        setPlan(updated);
        say(t(text!.done));
        close();
      } catch (error) {
        // Someone changed the plan meanwhile: take their version, and let the person confirm again knowingly.
        if (error instanceof ApiError && error.code === 'conflict' && error.body.current) {
          setPlan(error.body.current as PlanDetail);
          setConflict('changed');
          return;
        }
        // A move the plan's state no longer allows (someone moved it meanwhile): show where it is now.
        if (error instanceof ApiError && error.code === 'conflict' && error.body.allowed) {
          await reloadPlan();
          setConflict('notAllowed');
          return;
        }
        throw error;
      }
    },
  });

  const close = () => {
    setConflict(null);
    form.reset();
    onClose();
  };

  return (
    <Dialog
      isOpen={target !== null}
      title={text ? t(text.title, { title: plan.title }) : ''}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant={target === 'archived' || target === 'discard' ? 'danger' : 'primary'} isBusy={form.isSubmitting}>
            {text ? t(text.confirm) : ''}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {text && <p>{t(text.body, { version: plan.adoptedVersion ?? '—' })}</p>}
        {conflict && <Alert tone="warning">{t(conflict === 'changed' ? 'lifecycle.conflict' : 'lifecycle.notAllowed')}</Alert>}
        {form.error && <PlanErrorAlert error={form.error} title={t('lifecycle.failed')} />}
        {target === 'public_comment' && <OpenWindowFields errors={form.fieldErrors} />}
        {target === 'adopted' && (
          <div className="form-grid">
            <TextField name="date" type="date" label={t('lifecycle.adoption.date')} defaultValue={today()} error={form.fieldErrors.date} required />
            <TextField name="body" label={t('lifecycle.adoption.body')} hint={t('lifecycle.adoption.bodyHint')} isOptional error={form.fieldErrors.body} />
            <TextField name="resolution" label={t('lifecycle.adoption.resolution')} isOptional error={form.fieldErrors.resolution} />
            <TextField name="vote" label={t('lifecycle.adoption.vote')} hint={t('lifecycle.adoption.voteHint')} isOptional error={form.fieldErrors.vote} />
          </div>
        )}
      </form>
    </Dialog>
  );
}
