import { useState } from 'react';
import { useNavigate } from 'react-router';
import { constituencies } from '../../../core/process/constituencies';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import { focusGroupPaths, focusGroupsApi, type DistrictProtocol, type FocusGroupDetail, type FocusGroupSummary, type LibraryProtocol } from './focus-groups-api';
import { constituencyKey, formatDay, useLanguageWords, useProtocolText } from './focus-group-words';

interface Props {
  isOpen: boolean;
  organizationId: string;
  cycleId: string;
  onClose: () => void;
}

interface CycleForDialog {
  phases: Array<{ id: string; name: string; startDate: string; endDate: string; isClosed: boolean }>;
  sessions: Array<{ id: string; name: string; format: string; date: string }>;
}

const NEW_SESSION = 'new';

/**
 * Sets up a focus group: the protocol (library or the district's own), the session it is (a
 * focus-group session the cycle already plans, or a new one in a phase) and who is in the room.
 */
export function NewFocusGroupDialog({ isOpen, organizationId, cycleId, onClose }: Props) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const text = useProtocolText();
  const languageName = useLanguageWords();
  const protocols = useResource<{ library: LibraryProtocol[]; protocols: DistrictProtocol[] }>(isOpen ? focusGroupsApi.protocols(organizationId) : null);
  const cycle = useResource<CycleForDialog>(isOpen ? focusGroupsApi.cycle(cycleId) : null);
  const groups = useResource<{ focus_groups: FocusGroupSummary[] }>(isOpen ? focusGroupsApi.groups(cycleId) : null);
  const [protocolChoice, setProtocolChoice] = useState('library:community-vision');
  const [sessionChoice, setSessionChoice] = useState(NEW_SESSION);

  const taken = new Set((groups.data?.focus_groups ?? []).map((group) => group.session.id));
  const plannedSessions = (cycle.data?.sessions ?? []).filter((session) => session.format === 'focus_group' && !taken.has(session.id));
  const chosenProtocol = protocolChoice.startsWith('library:')
    ? protocols.data?.library.find((entry) => `library:${entry.key}` === protocolChoice)?.protocol
    : protocols.data?.protocols.find((entry) => `own:${entry.id}` === protocolChoice)?.protocol;
  const languages = [...new Set(['en', 'es', ...(chosenProtocol?.languages ?? [])])];

  const form = useFormSubmit({
    submit: async (data) => {
      const value = (name: string) => String(data.get(name) ?? '').trim();
      const count = value('participant_count');
      const [kind, id] = protocolChoice.split(':') as [string, string];
      const body = {
        ...(kind === 'library' ? { library_key: id } : { protocol_id: id }),
        ...(sessionChoice === NEW_SESSION ? { new_session: { phase_id: value('phase_id'), name: value('name'), date: value('date') } } : { session_id: sessionChoice }),
        constituency: value('constituency'),
        language: value('language'),
        label: value('label') || null,
        participant_count: count === '' ? null : Number(count),
        facilitator: value('facilitator') || null,
      };
      const group = await api.post<FocusGroupDetail>(focusGroupsApi.groups(cycleId), body);
      navigate(focusGroupPaths.notes(organizationId, cycleId, group.id));
    },
  });
  const isLoading = (!protocols.data && protocols.isLoading) || (!cycle.data && cycle.isLoading);
  const errorOf = (...names: string[]) => names.map((name) => form.fieldErrors[name]).find(Boolean);

  return (
    <Dialog isOpen={isOpen} title={t('focusGroups.create.title')} onClose={onClose} isWide>
      {isLoading && <Loading />}
      {protocols.error && <ErrorAlert error={protocols.error} />}
      {cycle.error && <ErrorAlert error={cycle.error} />}
      {protocols.data && cycle.data && (
        <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="stack">
          {form.error && <ErrorAlert error={form.error} title={t('focusGroups.create.failed')} />}
          <SelectField
            label={t('focusGroups.create.protocol')}
            hint={t('focusGroups.create.protocolHint')}
            name="protocol"
            value={protocolChoice}
            error={errorOf('library_key', 'protocol_id')}
            onChange={(event) => setProtocolChoice(event.target.value)}
            options={[
              ...protocols.data.library.map((entry) => ({ value: `library:${entry.key}`, label: `${t('focusGroups.create.library')}: ${text(entry.protocol.title)}` })),
              ...protocols.data.protocols.map((entry) => ({ value: `own:${entry.id}`, label: `${t('focusGroups.create.own')}: ${text(entry.protocol.title)}` })),
            ]}
          />
          <SelectField
            label={t('focusGroups.create.session')}
            name="session"
            value={sessionChoice}
            error={errorOf('session_id')}
            onChange={(event) => setSessionChoice(event.target.value)}
            options={[
              { value: NEW_SESSION, label: t('focusGroups.create.newSession') },
              ...plannedSessions.map((session) => ({ value: session.id, label: t('focusGroups.create.plannedSession', { name: session.name, date: formatDay(locale, session.date) }) })),
            ]}
          />
          {sessionChoice === NEW_SESSION && (
            <div className="fg-form-grid">
              <SelectField
                label={t('focusGroups.create.phase')}
                name="phase_id"
                defaultValue={cycle.data.phases.find((phase) => !phase.isClosed)?.id}
                error={form.fieldErrors.new_session}
                options={cycle.data.phases.map((phase) => ({ value: phase.id, label: phase.name }))}
              />
              <TextField label={t('focusGroups.create.name')} name="name" required defaultValue={chosenProtocol ? text(chosenProtocol.title) : ''} key={protocolChoice} />
              <TextField label={t('focusGroups.create.date')} name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
            </div>
          )}
          <div className="fg-form-grid">
            <SelectField
              label={t('focusGroups.create.constituency')}
              name="constituency"
              key={`c-${protocolChoice}`}
              defaultValue={chosenProtocol?.constituency ?? 'community'}
              error={form.fieldErrors.constituency}
              options={constituencies.map((constituency) => ({ value: constituency, label: t(constituencyKey(constituency)) }))}
            />
            <SelectField label={t('focusGroups.create.language')} name="language" defaultValue={locale} error={form.fieldErrors.language} options={languages.map((code) => ({ value: code, label: languageName(code) }))} />
            <TextField label={t('focusGroups.create.count')} name="participant_count" type="number" min={0} max={1000} inputMode="numeric" isOptional error={form.fieldErrors.participant_count} />
          </div>
          <TextField label={t('focusGroups.create.label')} hint={t('focusGroups.create.labelHint')} name="label" maxLength={100} isOptional error={form.fieldErrors.label} />
          <TextField label={t('focusGroups.create.facilitator')} name="facilitator" maxLength={200} isOptional error={form.fieldErrors.facilitator} />
          <div className="row">
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('focusGroups.create.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
