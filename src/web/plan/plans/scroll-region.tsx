import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways (periods, people). The region can take focus so keyboard
 * users can scroll it too, and is named so the focus stop says what it holds (a group, not a landmark: the section around it is the landmark).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap scroll-region" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
