import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { useErrorMessage } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cohortsApi, documentKindLabel, membershipLabel, membershipTone, type Cohort, type CohortDistrict, type Provider } from './cohorts-api';
import { InviteDistrictDialog } from './invite-district-dialog';

interface Feedback {
  tone: 'success' | 'danger';
  text: string;
}

/**
 * The cohort's districts as the network runs them: where each stands (invited, enrolled,
 * withdrawn), the provider matched to it, the coaches and what each does, and the enrolment
 * documents it gave. Administrators invite, match a provider and withdraw here.
 */
export function CohortDistricts({ cohort, canManage, onCountChanged }: { cohort: Cohort; canManage: boolean; onCountChanged: () => void }) {
  const { t, formatDate } = useI18n();
  const describe = useErrorMessage();
  const districts = useResource<{ districts: CohortDistrict[] }>(cohortsApi.districts(cohort.id));
  const providers = useResource<{ providers: Provider[] }>(canManage ? cohortsApi.providers(cohort.networkId) : null);
  const [isInviting, setIsInviting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<CohortDistrict | null>(null);
  const [busyDistrictId, setBusyDistrictId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const list = districts.data?.districts ?? [];
  const providerList = providers.data?.providers ?? [];

  const replace = (updated: CohortDistrict) =>
    districts.setData((current) => current && { districts: current.districts.map((each) => (each.districtId === updated.districtId ? updated : each)) });

  /** One write at a time per district; the answer replaces the row, a failure is said above the table. */
  const run = async (district: CohortDistrict, write: () => Promise<string>) => {
    setBusyDistrictId(district.districtId);
    setFeedback(null);
    try {
      setFeedback({ tone: 'success', text: await write() });
    } catch (cause) {
      setFeedback({ tone: 'danger', text: describe(ApiError.from(cause)) });
    } finally {
      setBusyDistrictId(null);
    }
  };

  const matchProvider = (district: CohortDistrict, providerId: string) =>
    run(district, async () => {
      const updated = await api.put<CohortDistrict>(cohortsApi.provider(cohort.id, district.districtId), { providerId: providerId || null });
      replace(updated);
      void providers.reload();
      return updated.provider ? t('cohortDistricts.matched', { provider: updated.provider.name, district: updated.districtName }) : t('cohortDistricts.unmatched', { district: updated.districtName });
    });

  const withdraw = (district: CohortDistrict) =>
    run(district, async () => {
      await api.delete(cohortsApi.district(cohort.id, district.districtId));
      await districts.reload();
      onCountChanged();
      return t('cohortDistricts.withdrawn', { district: district.districtName });
    }).finally(() => setWithdrawing(null));

  return (
    <section className="card" aria-labelledby="cohort-members-heading">
      <div className="card-header">
        <div>
          <h2 id="cohort-members-heading">{t('cohortDistricts.title')}</h2>
          <p>{t('cohortDistricts.intro')}</p>
        </div>
        {canManage && (
          <Button variant="primary" onClick={() => setIsInviting(true)}>
            <Icon name="plus" size={16} />
            {t('cohortDistricts.invite')}
          </Button>
        )}
      </div>
      {feedback && (
        <div className="card-body">
          <Alert tone={feedback.tone} onDismiss={() => setFeedback(null)}>
            {feedback.text}
          </Alert>
        </div>
      )}
      <ResourceStates
        resource={districts}
        isEmpty={list.length === 0}
        errorTitle={t('cohortDistricts.loadFailed')}
        emptyIcon="building"
        emptyTitle={t('cohortDistricts.emptyTitle')}
        emptyText={t(canManage ? 'cohortDistricts.emptyTextManage' : 'cohortDistricts.emptyTextRead')}
      >
        <div className="table-wrap">
          <table className="table table-stack cohort-districts-table">
            <caption className="visually-hidden">{t('cohortDistricts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohortDistricts.column.district')}</th>
                <th scope="col">{t('cohortDistricts.column.provider')}</th>
                <th scope="col">{t('cohortDistricts.column.coaches')}</th>
                <th scope="col">{t('cohortDistricts.column.documents')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('cohortDistricts.column.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((district) => {
                const isBusy = busyDistrictId === district.districtId;
                const isActive = district.status !== 'withdrawn';
                return (
                  <tr key={district.districtId} className={isActive ? undefined : 'is-inactive'}>
                    <th scope="row" className="cell-primary">
                      {district.districtName}
                      <span className="cohort-district-status">
                        <Badge tone={membershipTone[district.status]}>{t(membershipLabel[district.status])}</Badge>
                        <span className="muted">
                          {district.enrolledAt ? t('cohortDistricts.enrolledOn', { date: formatDate(district.enrolledAt) }) : t('cohortDistricts.invitedOn', { date: formatDate(district.invitedAt) })}
                        </span>
                      </span>
                    </th>
                    <td data-label={t('cohortDistricts.column.provider')}>
                      {canManage && isActive ? (
                        <select
                          className="select select-compact"
                          aria-label={t('cohortDistricts.providerFor', { district: district.districtName })}
                          value={district.provider?.id ?? ''}
                          disabled={isBusy || !providers.data}
                          onChange={(event) => void matchProvider(district, event.target.value)}
                        >
                          <option value="">{t('cohortDistricts.noProvider')}</option>
                          {providerList.map((provider) => (
                            <option key={provider.id} value={provider.id}>
                              {provider.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        (district.provider?.name ?? <span className="muted">{t('cohortDistricts.noProvider')}</span>)
                      )}
                    </td>
                    <td data-label={t('cohortDistricts.column.coaches')}>
                      {district.coaches.length === 0 ? (
                        <span className="muted">{t('cohortDistricts.noCoaches')}</span>
                      ) : (
                        <ul className="cohort-cell-list">
                          {district.coaches.map((coach) => (
                            <li key={`${coach.userId}-${coach.organizationName}`}>
                              {coach.name} <span className="muted">({coach.organizationName})</span>
                              {coach.responsibility && <span className="cell-sub">{coach.responsibility}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label={t('cohortDistricts.column.documents')}>
                      {district.documents.length === 0 ? (
                        <span className="muted">{t('cohortDistricts.noDocuments')}</span>
                      ) : (
                        <ul className="cohort-cell-list">
                          {district.documents.map((document) => (
                            <li key={document.id}>
                              <a href={cohortsApi.document(cohort.id, district.districtId, document.id)} download>
                                {t(documentKindLabel[document.kind])}
                              </a>
                              <span className="cell-sub">
                                {document.signerName
                                  ? t('enrolmentDocument.signedBy', { name: document.signerName, title: document.signerTitle ?? '', date: formatDate(document.addedAt) })
                                  : t('enrolmentDocument.uploaded', { file: document.fileName ?? '', date: formatDate(document.addedAt) })}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {canManage && (
                      <td className="cell-actions">
                        {isActive && (
                          <Button variant="quiet-danger" size="small" disabled={isBusy} onClick={() => setWithdrawing(district)} aria-label={t('cohortDistricts.withdrawFor', { district: district.districtName })}>
                            {t('cohortDistricts.withdraw')}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ResourceStates>
      {canManage && (
        <>
          <InviteDistrictDialog
            isOpen={isInviting}
            cohort={cohort}
            inCohort={list.filter((district) => district.status !== 'withdrawn').map((district) => district.districtId)}
            onClose={() => setIsInviting(false)}
            onInvited={(district) => {
              setIsInviting(false);
              setFeedback({ tone: 'success', text: t('cohortDistricts.invited', { district: district.districtName }) });
              void districts.reload();
              onCountChanged();
            }}
          />
          <ConfirmDialog
            isOpen={withdrawing !== null}
            title={t('cohortDistricts.withdrawTitle', { district: withdrawing?.districtName ?? '' })}
            confirmLabel={t('cohortDistricts.withdraw')}
            isBusy={withdrawing !== null && busyDistrictId === withdrawing.districtId}
            onCancel={() => setWithdrawing(null)}
            onConfirm={() => {
              if (withdrawing) void withdraw(withdrawing);
            }}
          >
            <p>{t('cohortDistricts.withdrawText', { district: withdrawing?.districtName ?? '', cohort: cohort.name })}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
