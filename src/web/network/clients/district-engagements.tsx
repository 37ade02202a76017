import { useI18n } from '../../app/i18n/i18n-provider';
import { useResource } from '../../app/use-resource';
import { ClientEngagementCard } from './client-engagement-card';
import { clientsApi, type ClientEngagement } from './clients-api';
import './clients.css';

/** On a district's network page: the consultancies' scope of work with it and the hours bought, used and remaining. */
export function DistrictEngagements({ districtId }: { districtId: string }) {
  const { t } = useI18n();
  const engagements = useResource<{ engagements: ClientEngagement[] }>(clientsApi.ofDistrict(districtId));
  const list = engagements.data?.engagements ?? [];
  if (!engagements.data) return null;
  return (
    <section className="stack" aria-labelledby="district-engagements-heading">
      <h2 id="district-engagements-heading">{t('clients.district.title')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('clients.district.none')}</p>
      ) : (
        list.map((engagement) => <ClientEngagementCard key={engagement.id} engagement={engagement} canLog={false} canRemoveAny={false} userId="" onChanged={() => undefined} headingLevel={3} />)
      )}
    </section>
  );
}
