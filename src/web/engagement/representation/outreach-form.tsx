import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { representationApi, type SurveyRepresentation } from './representation-api';

type Outreach = NonNullable<SurveyRepresentation['outreach']>;

/** The one click: an invitation of the cycle's kit to the groups ticked (those that reach the flagged groups ticked first). */
export function OutreachForm({ surveyId, outreach }: { surveyId: string; outreach: Outreach }) {
  const { t } = useI18n();
  const [itemId, setItemId] = useState(outreach.items[0]!.id);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(outreach.groups.filter((g) => g.is_suggested && g.contacts > 0).map((g) => g.id)));
  const [error, setError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<number | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [needsGroup, setNeedsGroup] = useState(false);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const send = async () => {
    setError(null);
    setSentTo(null);
    if (chosen.size === 0) return setNeedsGroup(true);
    setNeedsGroup(false);
    setIsSending(true);
    try {
      const ids = outreach.groups.filter((g) => chosen.has(g.id)).map((g) => g.id);
      const answer = await api.post<{ sent: { recipients: number }[] }>(representationApi.outreach(surveyId), { outreach_item_id: itemId, stakeholder_group_ids: ids });
      setSentTo(answer.sent.reduce((sum, s) => sum + s.recipients, 0));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <div className="stack">
      <p>{t('representation.outreachIntro')}</p>
      {error && <ErrorAlert error={error} title={t('representation.sendFailed')} />}
      {sentTo !== null && (
        <Alert tone="success" onDismiss={() => setSentTo(null)}>
          {t('representation.sent', { count: sentTo })}
        </Alert>
      )}
      <SelectField name="invitation" label={t('representation.invitation')} value={itemId} onChange={(event) => setItemId(event.target.value)} options={outreach.items.map((item) => ({ value: item.id, label: item.title }))} />
      <fieldset className="representation-groups">
        <legend>{t('representation.groups')}</legend>
        {needsGroup && <p className="field-error">{t('representation.chooseGroup')}</p>}
        {outreach.groups.map((group) => (
          <label key={group.id} className="checkbox-row">
            <input type="checkbox" checked={chosen.has(group.id)} disabled={group.contacts === 0} onChange={() => toggle(group.id)} />
            <span>
              {t('representation.groupContacts', { name: group.name, count: group.contacts })}
              {group.is_suggested && <em className="muted"> · {t('representation.suggested')}</em>}
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button variant="primary" isBusy={isSending} onClick={() => void send()}>
          {t('representation.send')}
        </Button>
      </div>
    </div>
  );
}
