import { Link } from 'react-router';
import type { DecisionRightsMatrix, DecisionRightsRow } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { EmptyState } from '../../app/ui/empty-state';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { planApi } from '../plans/plan-api';
import { elementPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ScrollRegion } from '../plans/scroll-region';

type Letter = 'R' | 'A' | 'C' | 'I';
const letterName: Record<Letter, MessageKey> = { R: 'rights.responsible', A: 'rights.accountable', C: 'rights.consulted', I: 'rights.informed' };

function lettersFor(row: DecisionRightsRow, person: string): Letter[] {
  const letters: Letter[] = [];
  if (row.responsible.includes(person)) letters.push('R');
  if (row.accountable === person) letters.push('A');
  if (row.consulted.includes(person)) letters.push('C');
  if (row.informed.includes(person)) letters.push('I');
  return letters;
}

/**
 * Who is responsible, accountable, consulted and informed for each decision of each strategy. The
 * matrix is read here; it is written in the strategy's detail panel, next to the rest of it.
 */
export function DecisionRightsView() {
  const t = useT();
  const { plan, organization, levelNames, permissions } = usePlanWorkspace();
  const matrix = useResource<DecisionRightsMatrix>(planApi.decisionRights(plan.id));
  const rows = matrix.data?.rows ?? [];
  const people = matrix.data?.people ?? [];

  return (
    <section className="card" aria-labelledby="rights-heading">
      <div className="card-header">
        <div>
          <h2 id="rights-heading">{t('rights.title')}</h2>
          <p>{permissions.canEdit ? t('rights.descriptionEdit', { strategy: levelNames.strategy }) : t('rights.description')}</p>
        </div>
      </div>
      {matrix.isLoading && !matrix.data && <Loading />}
      {matrix.error && (
        <div className="card-body">
          <PlanErrorAlert error={matrix.error} title={t('rights.loadFailed')} />
        </div>
      )}
      {matrix.data && rows.length === 0 && (
        <EmptyState icon="people" title={t('rights.emptyTitle')}>
          {t('rights.emptyText', { strategy: levelNames.strategy })}
        </EmptyState>
      )}
      {rows.length > 0 && (
        <>
          <dl className="raci-legend card-body" aria-label={t('rights.legend')}>
            {(Object.keys(letterName) as Letter[]).map((letter) => (
              <div key={letter}>
                <dt>{letter}</dt>
                <dd>{t(letterName[letter])}</dd>
              </div>
            ))}
          </dl>
          <ScrollRegion label={t('rights.title')}>
            <table className="table raci-table">
              <caption className="visually-hidden">{t('rights.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rights.decisionColumn', { strategy: levelNames.strategy })}</th>
                  {people.map((person) => (
                    <th scope="col" key={person} className="raci-person">
                      {person}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, at) => (
                  <tr key={`${row.strategyKey}-${at}`}>
                    <th scope="row" className="raci-decision">
                      <span className="raci-decision-text">{row.decision}</span>
                      <Link className="cell-sub" to={elementPath(organization.id, plan.id, row.strategyKey)}>
                        {row.strategyKey} · {row.strategyTitle}
                      </Link>
                    </th>
                    {people.map((person) => {
                      const letters = lettersFor(row, person);
                      return (
                        <td key={person} className="raci-cell">
                          {letters.length === 0 ? (
                            <span className="visually-hidden">{t('rights.noRole')}</span>
                          ) : (
                            letters.map((letter) => (
                              <span key={letter} className={`raci-letter is-${letter}`}>
                                <span aria-hidden="true">{letter}</span>
                                <span className="visually-hidden">{t(letterName[letter])}</span>
                              </span>
                            ))
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
