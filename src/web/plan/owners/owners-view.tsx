import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { levelOf, titleOf } from '../plans/level-names';
import { elementPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ScrollRegion } from '../plans/scroll-region';
import { OwnerRolesSection } from './owner-roles-section';
import { ownableKinds, ownersApi, type OwnerCandidate } from './owners-api';
import './owners-view.css';

/**
 * Who owns what: every measure, strategy and action with its one owner (a person) and the plan's
 * own words for it, and the roles still to match. Each row opens the element, where the owner can
 * be changed one at a time.
 */
export function OwnersView() {
  const t = useT();
  const { organization, plan, index, levelNames, owners, ownerNames, permissions } = usePlanWorkspace();
  const people = useResource<{ people: OwnerCandidate[] }>(permissions.hasEdit ? ownersApi.candidates(plan.id) : null);
  const elements = index.inOrder.filter((element) => ownableKinds.has(element.kind));
  const unowned = elements.filter((element) => !ownerNames.has(element.key)).length;

  return (
    <div className="stack">
      <OwnerRolesSection people={people.data?.people ?? null} />
      <section className="card" aria-labelledby="owners-heading">
        <div className="card-header">
          <div>
            <h2 id="owners-heading">{t('owners.title')}</h2>
            <p>{t('owners.description')}</p>
            {owners.data && unowned > 0 && <p className="owners-unowned">{t('owners.unowned', { count: unowned })}</p>}
          </div>
        </div>
        {owners.isLoading && !owners.data && <Loading />}
        {owners.error && (
          <div className="card-body">
            <ErrorAlert error={owners.error} title={t('owners.loadFailed')} />
          </div>
        )}
        {owners.data && (
          <ScrollRegion label={t('owners.caption')}>
            <table className="table table-stack owners-table">
              <caption className="visually-hidden">{t('owners.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('owners.col.element')}</th>
                  <th scope="col">{t('owners.col.owner')}</th>
                  <th scope="col">{t('owners.col.role')}</th>
                </tr>
              </thead>
              <tbody>
                {elements.map((element) => {
                  const role = typeof element.fields.owner === 'string' ? element.fields.owner.trim() : '';
                  const name = ownerNames.get(element.key);
                  return (
                    <tr key={element.id} data-key={element.key}>
                      <th scope="row" className="cell-primary">
                        <Link to={elementPath(organization.id, plan.id, element.key)}>{titleOf(element)}</Link>
                        <span className="cell-sub">
                          {levelOf(levelNames, element)} <span className="mono">{element.key}</span>
                        </span>
                      </th>
                      <td data-label={t('owners.col.owner')}>{name ?? <span className="owners-nobody">{t('owners.none')}</span>}</td>
                      <td data-label={t('owners.col.role')}>{role || <span className="muted">—</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
