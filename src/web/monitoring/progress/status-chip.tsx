import { useId, useState, type ReactNode } from 'react';
import type { Trend } from '../../../core/monitoring/monitoring-types';
import { useT } from '../../app/i18n/i18n-provider';
import type { StatusIconName, StatusLook } from './progress-status';

/** Each status has its own shape, so it reads without colour (and in a black-and-white printout). */
const statusPaths: Record<StatusIconName, string> = {
  achieved: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.4 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
  check: 'M12 21a9 9 0 100-18 9 9 0 000 18zM8 12l3 3 5-6',
  warning: 'M12 3l10 18H2L12 3zM12 10v4M12 17h.01',
  cross: 'M12 21a9 9 0 100-18 9 9 0 000 18zM15 9l-6 6M9 9l6 6',
  pending: 'M12 21a9 9 0 100-18 9 9 0 000 18zM8 12h8',
  stagnant: 'M4 12h13M13 8l4 4-4 4M20 6v12',
  done: 'M5 12l5 5L20 7',
  canceled: 'M12 21a9 9 0 100-18 9 9 0 000 18zM6 18L18 6',
};

export function StatusIcon({ name, size = 16 }: { name: StatusIconName; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={statusPaths[name]} />
    </svg>
  );
}

/** A status in words with its icon, on the status colour. */
export function StatusChip({ look, children }: { look: StatusLook; children: ReactNode }) {
  return (
    <span className={`status-chip is-${look.tone}`}>
      <StatusIcon name={look.icon} />
      <span>{children}</span>
    </span>
  );
}

/**
 * A status chip that explains itself: the explanation shows on hover and on keyboard focus (and a
 * tap, on a phone), is the button's accessible description for screen readers, and Escape hides it.
 */
export function ExplainedChip({ look, label, explanation }: { look: StatusLook; label: string; explanation: ReactNode }) {
  const tipId = useId();
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const [isDismissed, setIsDismissed] = useState(false);
  const isShown = (isHovered || isFocused || isPinned) && !isDismissed;
  return (
    <span
      className="explained-chip"
      onMouseEnter={() => {
        setIsHovered(true);
        setIsDismissed(false);
      }}
      onMouseLeave={() => setIsHovered(false)}
    >
      <button
        type="button"
        className={`status-chip is-${look.tone} is-explained`}
        aria-describedby={tipId}
        onFocus={() => {
          setIsFocused(true);
          setIsDismissed(false);
        }}
        onBlur={() => {
          setIsFocused(false);
          setIsPinned(false);
        }}
        onClick={() => {
          setIsPinned((pinned) => !pinned);
          setIsDismissed(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && isShown) {
            event.stopPropagation();
            setIsDismissed(true);
            setIsPinned(false);
          }
        }}
      >
        <StatusIcon name={look.icon} />
        <span>{label}</span>
      </button>
      <span role="tooltip" id={tipId} className="chip-tip" hidden={!isShown}>
        {explanation}
      </span>
    </span>
  );
}

const trendArrow: Record<Trend, string> = { improving: 'M5 17L17 7M9 7h8v8', flat: 'M4 12h14M13 7l5 5-5 5', declining: 'M5 7l12 10M17 9v8H9', unknown: 'M6 12h.01M12 12h.01M18 12h.01' };

/** The trend as an arrow and the word for it (improving is better, whichever way the measure counts). */
export function TrendText({ trend }: { trend: Trend }) {
  const t = useT();
  return (
    <span className={`trend is-${trend}`}>
      <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d={trendArrow[trend]} />
      </svg>
      <span>{t(`progress.trend.${trend}`)}</span>
    </span>
  );
}
