import { useId, useState } from 'react';
import { api } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { ResourceStates } from '../../app/ui/resource-states';
import { TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import { learningApi, type CohortDiscussion as Discussion, type CohortDiscussionThread, type DiscussionAuthor } from './learning-api';
import './learning.css';

/**
 * The cohort's discussion space, the same from both sides: `basePath` is the network's cohort
 * (`/api/cohorts/{id}`) or a district's view of it (`/api/districts/{id}/cohorts/{id}`). A list of
 * questions, most recently active first; open one to read its replies and answer.
 */
export function CohortDiscussion({ basePath }: { basePath: string }) {
  const { t, formatDateTime } = useI18n();
  const { organization } = useOrganizationInUrl();
  // The network's people (administrators and coaches) all take part; in a district, those who contribute to planning.
  const canPost = hasPermission(organization, basePath.startsWith('/api/districts/') ? 'process.contribute' : 'network.read');
  const list = useResource<{ discussions: Discussion[] }>(learningApi.discussions(basePath));
  const [openId, setOpenId] = useState<string | null>(null);
  const [isAsking, setIsAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();
  const discussions = list.data?.discussions ?? [];

  if (openId) {
    return (
      <DiscussionThread
        basePath={basePath}
        discussionId={openId}
        canPost={canPost}
        onBack={() => {
          setOpenId(null);
          void list.reload();
        }}
      />
    );
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <h2 id={headingId}>{t('discussion.title')}</h2>
          <p>{t('discussion.intro')}</p>
        </div>
        {canPost && (
          <Button variant="primary" onClick={() => setIsAsking(true)}>
            <Icon name="plus" size={16} />
            {t('discussion.ask')}
          </Button>
        )}
      </div>
      {(notice || !canPost) && (
        <div className="card-body">
          {notice && (
            <Alert tone="success" onDismiss={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          {!canPost && <p className="muted">{t('discussion.readOnly')}</p>}
        </div>
      )}
      <ResourceStates resource={list} isEmpty={discussions.length === 0} errorTitle={t('discussion.loadFailed')} emptyIcon="inbox" emptyTitle={t('discussion.empty')} emptyText={canPost ? t('discussion.emptyText') : undefined}>
        <div className="table-wrap">
          <table className="table table-stack">
            <caption className="visually-hidden">{t('discussion.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('discussion.column.question')}</th>
                <th scope="col">{t('discussion.column.author')}</th>
                <th scope="col">{t('discussion.column.replies')}</th>
                <th scope="col">{t('discussion.column.activity')}</th>
              </tr>
            </thead>
            <tbody>
              {discussions.map((discussion) => (
                <tr key={discussion.id}>
                  <th scope="row" className="cell-primary cell-wrap">
                    <button type="button" className="link-button" onClick={() => setOpenId(discussion.id)}>
                      {discussion.title}
                    </button>
                  </th>
                  <td data-label={t('discussion.column.author')}>
                    <AuthorName author={discussion.author} />
                  </td>
                  <td data-label={t('discussion.column.replies')}>{discussion.replyCount}</td>
                  <td data-label={t('discussion.column.activity')}>{formatDateTime(discussion.lastActivityAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ResourceStates>
      {canPost && (
        <AskDialog
          basePath={basePath}
          isOpen={isAsking}
          onClose={() => setIsAsking(false)}
          onAsked={(asked) => {
            list.setData((current) => current && { discussions: [asked, ...current.discussions] });
            setNotice(t('discussion.asked'));
            setIsAsking(false);
          }}
        />
      )}
    </section>
  );
}

function AuthorName({ author }: { author: DiscussionAuthor }) {
  const { t } = useI18n();
  return <>{t('discussion.by', { name: author.name ?? t('discussion.formerMember'), organization: author.organizationName })}</>;
}

function AskDialog({ basePath, isOpen, onClose, onAsked }: { basePath: string; isOpen: boolean; onClose: () => void; onAsked: (asked: Discussion) => void }) {
  const { t } = useI18n();
  const formId = useId();
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['title', 'body']),
    submit: async (data) => onAsked(await api.post<Discussion>(learningApi.discussions(basePath), { title: textOf(data, 'title'), body: textOf(data, 'body') })),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Dialog
      isOpen={isOpen}
      title={t('discussion.askTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('discussion.askConfirm')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('discussion.askFailed')} />}
        <TextField name="title" label={t('discussion.question')} hint={t('discussion.questionHint')} error={form.fieldErrors.title} required maxLength={200} />
        <TextAreaField name="body" label={t('discussion.details')} error={form.fieldErrors.body} required rows={5} maxLength={8000} />
      </form>
    </Dialog>
  );
}

/** One question with its replies, oldest first, and the reply form. */
function DiscussionThread({ basePath, discussionId, canPost, onBack }: { basePath: string; discussionId: string; canPost: boolean; onBack: () => void }) {
  const { t, formatDateTime } = useI18n();
  const thread = useResource<CohortDiscussionThread>(learningApi.discussion(basePath, discussionId));
  const [notice, setNotice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const headingId = useId();
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['body']),
    submit: async (data) => {
      thread.setData(await api.post<CohortDiscussionThread>(learningApi.replies(basePath, discussionId), { body: textOf(data, 'body') }));
      setFormKey((key) => key + 1);
      setNotice(t('discussion.replied'));
    },
  });
  const data = thread.data;

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <p>
            <Button variant="quiet" size="small" onClick={onBack}>
              {t('discussion.back')}
            </Button>
          </p>
          <h2 id={headingId}>{data?.title ?? t('discussion.title')}</h2>
          {data && (
            <p>
              <AuthorName author={data.author} /> · {formatDateTime(data.createdAt)}
            </p>
          )}
        </div>
      </div>
      <ResourceStates resource={thread} isEmpty={false} errorTitle={t('discussion.threadFailed')} emptyIcon="inbox" emptyTitle="">
        {data && (
          <div className="card-body stack-lg">
            <p className="learning-post-body">{data.body}</p>
            <div className="stack">
              <h3 className="learning-subheading">{t('discussion.replies')}</h3>
              {data.replies.length === 0 ? (
                <p className="muted">{t('discussion.noReplies')}</p>
              ) : (
                <ol className="learning-replies">
                  {data.replies.map((reply) => (
                    <li key={reply.id} className="learning-reply stack">
                      <p className="muted">
                        <strong>
                          <AuthorName author={reply.author} />
                        </strong>{' '}
                        · {formatDateTime(reply.createdAt)}
                      </p>
                      <p className="learning-post-body">{reply.body}</p>
                    </li>
                  ))}
                </ol>
              )}
            </div>
            {notice && (
              <Alert tone="success" onDismiss={() => setNotice(null)}>
                {notice}
              </Alert>
            )}
            {canPost ? (
              <form key={formKey} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
                {form.error && <ErrorAlert error={form.error} title={t('discussion.replyFailed')} />}
                <TextAreaField name="body" label={t('discussion.reply')} error={form.fieldErrors.body} required rows={4} maxLength={8000} />
                <p>
                  <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
                    {t('discussion.replySend')}
                  </Button>
                </p>
              </form>
            ) : (
              <p className="muted">{t('discussion.readOnly')}</p>
            )}
          </div>
        )}
      </ResourceStates>
    </section>
  );
}
