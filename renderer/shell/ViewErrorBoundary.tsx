import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n';

interface Props {
  /** Changing the key (the view id) clears a caught error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/** A failing view shows what went wrong in place; the document and the rest of the app stay usable. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('View failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="cs-view">
        <div className="cs-view-error" role="alert">
          <h2>{i18next.t('shell:viewError.title')}</h2>
          <p>{i18next.t('shell:viewError.body')}</p>
          <pre>{this.state.error.message}</pre>
          <button type="button" className="cs-button" onClick={() => this.setState({ error: null })}>
            {i18next.t('shell:viewError.retry')}
          </button>
        </div>
      </div>
    );
  }
}
