import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  /** Rendered only while open; defaults to true so callers may simply mount it. */
  open?: boolean;
  title: string;
  /** Escape, the close button and Cancel buttons call this; focus then returns where it was. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned under the body. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** 'alertdialog' for questions and errors that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
  /** The element to focus first; otherwise the first focusable control of the body. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Hide the × button (for dialogs whose footer already offers Cancel). */
  hideCloseButton?: boolean;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('inert') && el.getClientRects().length > 0,
  );
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert,
 * we additionally wrap Tab inside the dialog, turn Escape into onClose (so the caller owns the
 * open state) and give focus back to the element that had it.
 */
export function Dialog({ open = true, ...props }: DialogProps) {
  if (!open) return null;
  return <OpenDialog {...props} />;
}

function OpenDialog({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  role = 'dialog',
  initialFocus,
  hideCloseButton = false,
}: Omit<DialogProps, 'open'>) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target = initialFocus?.current ?? (bodyRef.current ? focusableIn(bodyRef.current)[0] : undefined) ?? focusableIn(dialog)[0];
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previouslyFocused && previouslyFocused.isConnected) previouslyFocused.focus();
    };
    // Focus is placed once when the dialog opens, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const items = focusableIn(dialog);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <dialog
      ref={ref}
      className={`cs-dialog cs-dialog--${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        // Browsers may close a modal on a repeated Escape without a cancelable cancel event;
        // the caller must still learn that the dialog is gone. (The event is queued, so a dialog
        // that StrictMode closed and reopened is open again by now and is left alone.)
        if (ref.current && !ref.current.open) onCloseRef.current();
      }}
    >
      <div className="cs-dialog__header">
        <h2 id={titleId} className="cs-dialog__title">
          {title}
        </h2>
        {hideCloseButton ? null : (
          <button type="button" className="cs-icon-button" aria-label={t('common:closeDialog')} onClick={() => onCloseRef.current()}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <div className="cs-dialog__body" ref={bodyRef}>
        {children}
      </div>
      {footer ? <div className="cs-dialog__footer">{footer}</div> : null}
    </dialog>
  );
}
