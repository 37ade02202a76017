import { useEffect, useMemo, useRef } from 'react';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ElementComments } from '../comments/element-comments';
import { levelOf, titleOf } from '../plans/level-names';
import { ancestorsOf } from '../plans/outline-index';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import type { OutlineEditing } from '../outline/use-outline-editing';
import { ElementActions } from './element-actions';
import { ElementChecks } from './element-checks';
import { ElementForm } from './element-form';
import { ElementOwner } from '../owners/element-owner';
import { ElementPublicComments } from '../../engagement/public-comment/element-public-comments';
import { MeasureFeedSection } from '../../evidence/feeds/measure-feed-section';

interface ElementDetailPanelProps {
  element: PlanElement;
  editing: OutlineEditing;
  /** True when the panel was opened by a person (not a link): on a phone, focus moves into it. */
  shouldTakeFocus: boolean;
  onClose: () => void;
  onSelect: (element: PlanElement) => void;
  onMoveTo: (element: PlanElement) => void;
  onKeyChanged: (key: string) => void;
  onDeleted: () => void;
}

/** Everything about one element: where it sits, its checks, every field, the public's comments on the draft, and the team's comments. */
export function ElementDetailPanel({ element, editing, shouldTakeFocus, onClose, onSelect, onMoveTo, onKeyChanged, onDeleted }: ElementDetailPanelProps) {
  const t = useT();
  const { index, levelNames, checks } = usePlanWorkspace();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const level = levelOf(levelNames, element);
  const path = ancestorsOf(index, element);
  const ownChecks = useMemo(() => (checks.data?.checks ?? []).filter((check) => check.key === element.key), [checks.data, element.key]);

  useEffect(() => {
    // On a phone the panel covers the outline, so the reader must land in it.
    if (shouldTakeFocus && window.matchMedia('(max-width: 56rem)').matches) headingRef.current?.focus();
  }, [element.id, shouldTakeFocus]);

  return (
    <section className="card detail-panel" aria-labelledby="detail-heading">
      <div className="detail-header">
        <Button size="small" variant="quiet" className="detail-close" onClick={onClose}>
          <span aria-hidden="true">←</span> {t('detail.backToOutline')}
        </Button>
        {path.length > 0 && (
          <nav aria-label={t('detail.pathLabel')} className="detail-path">
            <ol>
              {path.map((ancestor) => (
                <li key={ancestor.id}>
                  <button type="button" className="link-button" onClick={() => onSelect(ancestor)}>
                    {ancestor.key} · {titleOf(ancestor)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <p className="detail-level">
          {level} · <span className="mono">{element.key}</span>
        </p>
        <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
          {titleOf(element) || t('outline.untitled')}
        </h2>
      </div>
      <ElementActions element={element} editing={editing} onMoveTo={onMoveTo} onSelect={onSelect} onDeleted={onDeleted} />
      <div className="detail-body stack">
        <ElementChecks checks={ownChecks} />
        <ElementOwner element={element} />
        {/* While the draft is out for comment the public's words come first: the team answers them as it edits. */}
        <ElementPublicComments key={element.key} elementKeys={[element.key]} />
        <ElementForm key={element.id} element={element} onKeyChanged={onKeyChanged} />
        {/* A measure's actuals may come from the district's data: the evidence domain's section, outside the form it does not save with. */}
        {element.kind === 'measure' && <MeasureFeedSection key={element.key} measureKey={element.key} />}
        <ElementComments element={element} />
      </div>
    </section>
  );
}
