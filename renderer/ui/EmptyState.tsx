import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  body: string;
  action?: ReactNode;
}

/** What a view shows when it has nothing yet: what it is for and what to do next. */
export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <div className="cs-empty" role="status">
      <div className="cs-empty__art" aria-hidden="true" />
      <h3 className="cs-empty__title">{title}</h3>
      <p className="cs-empty__body">{body}</p>
      {action ? <div className="cs-empty__action">{action}</div> : null}
    </div>
  );
}
