import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'danger' | 'success';

export interface BadgeProps {
  tone: BadgeTone;
  children: ReactNode;
  /** Full text for a tooltip when the badge is abbreviated or ellipsised. */
  title?: string;
}

export function Badge({ tone, children, title }: BadgeProps) {
  return (
    <span className={`cs-badge cs-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
