// Shared UI primitives for the shell and every feature view. Styles: renderer/styles/ui.css
// (classes .cs-view, .cs-view-header, .cs-table, .cs-muted, .cs-badge, .cs-button, .cs-toolbar).
export { Badge, type BadgeProps, type BadgeTone } from './Badge';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Toolbar, type ToolbarProps } from './Toolbar';
