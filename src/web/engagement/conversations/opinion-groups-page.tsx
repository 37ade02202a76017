import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { useConversation } from './conversation-context';
import { conversationsApi, type OpinionGroupsResult, type TeamStatement } from './conversations-api';
import { groupColour, OpinionMap } from './opinion-map';
import { groupLetter, percentOf, shareWord } from './opinion-map-model';

/**
 * What the votes say, for a board member: the map of opinions, each group's size and what sets it
 * apart, what nearly everyone agrees on, and the statements every group tends to agree with
 * (common ground). Each statistic is said as "78% of group A agreed (11 of 14 who saw it)".
 */
export function OpinionGroupsPage() {
  const { t, locale } = useI18n();
  const { conversation } = useConversation();
  const isVote = conversation.mode === 'vote';
  const result = useResource<OpinionGroupsResult>(isVote ? conversationsApi.opinionGroups(conversation.id) : null);
  const statements = useResource<{ statements: TeamStatement[] }>(isVote ? conversationsApi.statements(conversation.id, 'accepted') : null);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  if (!isVote) return <Alert tone="info" title={t('opinionGroups.voteOnly')} />;
  if (result.error) return <ErrorAlert error={result.error} title={t('opinionGroups.loadFailed')} />;
  if (!result.data) return <Loading />;
  const data = result.data;
  const byId = new Map((statements.data?.statements ?? []).map((s) => [s.id, s]));
  const leaning = (count: number, seen: number, direction: 'agree' | 'disagree', who: string) => {
    const percent = percentOf(count, seen);
    return t(`opinionGroups.share.${direction}` as MessageKey, { words: t(`opinionGroups.word.${shareWord(percent)}` as MessageKey), percent, who, count: number(count), seen: number(seen) });
  };

  if (data.groups.length === 0) {
    return (
      <section className="card">
        <div className="card-body stack">
          <h2>{t('opinionGroups.title')}</h2>
          <p>{t('opinionGroups.tooFew', { participants: number(data.participants) })}</p>
        </div>
      </section>
    );
  }

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="groups-heading">
        <div className="card-header">
          <div>
            <h2 id="groups-heading">{t('opinionGroups.title')}</h2>
            <p>{t('opinionGroups.intro')}</p>
          </div>
        </div>
        <div className="card-body opinion-overview">
          {data.places && data.places.length > 0 && <OpinionMap places={data.places} groupCount={data.groups.length} />}
          <div className="stack">
            <p>{t('opinionGroups.summary', { participants: number(data.participants), clustered: number(data.clustered), groups: data.groups.length })}</p>
            <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('opinionGroups.sizes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('opinionGroups.column.group')}</th>
                  <th scope="col">{t('opinionGroups.column.people')}</th>
                  <th scope="col">{t('opinionGroups.column.share')}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((group) => (
                  <tr key={group.id}>
                    <th scope="row">
                      <span className="opinion-swatch" style={{ background: groupColour(group.id) }} aria-hidden="true" /> {t('opinionGroups.group', { letter: groupLetter(group.id) })}
                    </th>
                    <td>{number(group.participants.length)}</td>
                    <td>{percentOf(group.participants.length, data.clustered)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="bridging-heading">
        <div className="card-header">
          <div>
            <h2 id="bridging-heading">{t('opinionGroups.bridging.title')}</h2>
            <p>{t('opinionGroups.bridging.intro')}</p>
          </div>
        </div>
        {data.bridging.length === 0 && <p className="card-body muted">{t('opinionGroups.bridging.none')}</p>}
        <ol className="card-body statement-findings" hidden={data.bridging.length === 0}>
          {data.bridging.map((b) => {
            const s = byId.get(b.statement_id);
            return (
              <li key={b.statement_id}>
                <p className="statement-text">{b.text}</p>
                {s && s.votes > 0 && <p className="muted">{t('opinionGroups.bridging.overall', { agree: percentOf(s.agree, s.votes), disagree: percentOf(s.disagree, s.votes), votes: number(s.votes) })}</p>}
              </li>
            );
          })}
        </ol>
      </section>

      <section className="card" aria-labelledby="consensus-heading">
        <div className="card-header">
          <div>
            <h2 id="consensus-heading">{t('opinionGroups.consensus.title')}</h2>
            <p>{t('opinionGroups.consensus.intro')}</p>
          </div>
        </div>
        {data.consensus.length === 0 ? (
          <p className="card-body muted">{t('opinionGroups.consensus.none')}</p>
        ) : (
          <ul className="card-body statement-findings">
            {data.consensus.map((c) => (
              <li key={`${c.statement_id}-${c.direction}`}>
                <p className="statement-text">{c.text}</p>
                <p className="muted">{leaning(c.count, c.seen, c.direction, t('opinionGroups.everyone'))}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="opinion-group-cards">
        {data.groups.map((group) => {
          const letter = groupLetter(group.id);
          return (
            <section key={group.id} className="card opinion-group-card" aria-labelledby={`group-${group.id}`} style={{ borderTopColor: groupColour(group.id) }}>
              <div className="card-header">
                <div>
                  <h2 id={`group-${group.id}`}>{t('opinionGroups.groupTitle', { letter, people: number(group.participants.length) })}</h2>
                  <p>{t('opinionGroups.representative.intro')}</p>
                </div>
              </div>
              <ul className="card-body statement-findings">
                {group.representative.map((r) => (
                  <li key={r.statement_id}>
                    <p className="statement-text">{r.text}</p>
                    <p className="muted">
                      {leaning(r.count, r.seen, r.direction, t('opinionGroups.ofGroup', { letter }))}
                      {!r.is_significant && ` ${t('opinionGroups.representative.weak')}`}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
