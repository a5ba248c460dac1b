import type { ReactNode } from 'react';

export interface ToolbarProps {
  /** Accessible name of the toolbar, e.g. "Dictionary actions". */
  label: string;
  children: ReactNode;
}

export function Toolbar({ label, children }: ToolbarProps) {
  return (
    <div className="cs-toolbar" role="toolbar" aria-label={label}>
      {children}
    </div>
  );
}
