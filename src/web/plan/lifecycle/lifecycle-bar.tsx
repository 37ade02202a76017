import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { DraftPageNotice } from '../../engagement/public-comment/draft-page-notice';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { permissionFor, transitionsFor, type TransitionTarget } from '../plans/plan-lifecycle';
import { TransitionDialog } from './transition-dialog';

const actionLabel: Record<TransitionTarget, MessageKey> = {
  public_comment: 'lifecycle.action.public_comment',
  draft: 'lifecycle.action.draft',
  adopted: 'lifecycle.action.adopted',
  amending: 'lifecycle.action.amending',
  archived: 'lifecycle.action.archived',
  discard: 'lifecycle.action.discard',
};

/**
 * Where the plan stands in its life, in words, with the moves the reader's role allows. For an
 * adopted or archived plan this is also the notice that the editor is read-only.
 */
export function LifecycleBar() {
  const { t, formatDate } = useI18n();
  const { plan, organization, permissions } = usePlanWorkspace();
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const allowed = transitionsFor(plan).filter((to) => organization.permissions.includes(permissionFor[to]));
  const adopted = plan.header.plan.adopted;
  const isReadOnly = !plan.isEditable;

  const isAmendment = plan.adoptedVersion !== null && plan.lifecycle !== 'adopted' && plan.lifecycle !== 'archived';
  // From an amendment "back to drafting" is the move to 'amending'; its label says so.
  const labelOf = (to: TransitionTarget) => (to === 'amending' && plan.lifecycle === 'public_comment' ? t('lifecycle.action.backToAmending') : t(actionLabel[to]));
  const explanation = (() => {
    if (plan.lifecycle === 'public_comment' && isAmendment) return t('lifecycle.explain.amendmentComment', { version: plan.adoptedVersion ?? '—' });
    switch (plan.lifecycle) {
      case 'adopted':
        return adopted
          ? t('lifecycle.explain.adoptedOn', {
              date: formatDate(adopted.date),
              body: adopted.body ?? t('lifecycle.theBoard'),
              // "(resolution 2023-22, vote 5-0)" when the board's record gives them; nothing, not "()", when it does not.
              details: ((parts) => (parts.length ? ` (${parts.join(', ')})` : ''))(
                [adopted.resolution && t('lifecycle.resolution', { resolution: adopted.resolution }), adopted.vote && t('lifecycle.vote', { vote: adopted.vote })].filter(Boolean),
              ),
            })
          : t('lifecycle.explain.adopted');
      case 'amending':
        return t('lifecycle.explain.amending', { version: plan.adoptedVersion ?? '—' });
      default:
        return t(`lifecycle.explain.${plan.lifecycle}`);
    }
  })();

  const roleNote = !permissions.hasEdit ? (permissions.canComment ? t('lifecycle.roleCanComment') : t('lifecycle.roleReadOnly')) : null;

  return (
    <section className={`lifecycle-bar plan-chrome${isReadOnly ? ' is-read-only' : ''}`} aria-label={t('lifecycle.label')}>
      <span className="lifecycle-bar-icon">
        <Icon name={isReadOnly ? 'shield' : 'info'} size={20} />
      </span>
      <div className="lifecycle-bar-text">
        <p>
          {isReadOnly && <strong>{t('lifecycle.readOnly')} </strong>}
          {explanation}
        </p>
        {plan.lifecycle === 'public_comment' && <DraftPageNotice key={plan.version} organizationId={organization.id} planId={plan.id} />}
        {roleNote && <p className="muted">{roleNote}</p>}
      </div>
      {allowed.length > 0 && (
        <div className="lifecycle-bar-actions">
          {allowed.map((to) => (
            <Button key={to} size="small" variant={to === 'adopted' || (to === 'amending' && plan.lifecycle === 'adopted') ? 'primary' : to === 'archived' || to === 'discard' ? 'quiet-danger' : 'secondary'} onClick={() => setTarget(to)}>
              {labelOf(to)}
            </Button>
          ))}
        </div>
      )}
      <TransitionDialog target={target} onClose={() => setTarget(null)} />
    </section>
  );
}

