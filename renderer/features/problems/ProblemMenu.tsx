import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RuleSeverity } from '../../../models/project/types';
import { getValidationRule, type Problem } from '../../../models/validation';
import { useCommands } from '../../commands/CommandsContext';
import { reveal } from '../../store/reveal';
import { SEVERITY_ORDER } from './groupProblems';
import { isContextMenuKey, menuIndexAfterKey, placeMenu, problemKey, type Box, type MenuPlacement } from './problemActions';
import type { ProblemTarget } from './problemTarget';
import { useProblemsUi } from './problemsUi';
import { setRuleSeverity } from './ruleActions';

/** How a problem's menu was asked for: next to what, and where focus returns when it closes. */
export interface ProblemMenuRequest {
  anchor: Box;
  /** `end`: the menu's right edge lines up with the anchor's (the actions button at a row's end). */
  align: 'start' | 'end';
  /** The control that opened the menu (the row or its actions button); focus goes back to it. */
  opener: HTMLElement;
}

interface ProblemMenuProps {
  id: string;
  problem: Problem;
  target: ProblemTarget | null;
  request: ProblemMenuRequest;
  /** Clicks on this element are not "outside": it toggles the menu itself. */
  toggle: HTMLElement | null;
  onClose(): void;
}

interface Entry {
  label: string;
  disabled?: boolean;
  /** For the severity choices: whether this is the rule's current severity. */
  checked?: boolean;
  /** A decorative mark after the label (the external-link arrow). */
  suffix?: string;
  run(): void;
}

/**
 * A problem's actions, like an IDE's quick fixes (WAI-ARIA menu pattern): reveal the element,
 * give the rule another severity or turn it off for this project, copy the message, read the
 * rule's documentation. Rendered over the page (a portal) at a place where it fits the window.
 */
export function ProblemMenu({ id, problem, target, request, toggle, onClose }: ProblemMenuProps) {
  const { t } = useTranslation('problems');
  const { context } = useCommands();
  const showNotice = useProblemsUi((state) => state.showNotice);
  const requestFocus = useProblemsUi((state) => state.requestFocus);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<Array<HTMLLIElement | null>>([]);
  const [placement, setPlacement] = useState<MenuPlacement | null>(null);
  const { ruleId } = problem;
  const rule = getValidationRule(ruleId);
  const helpUri = rule?.helpUri;

  const close = (returnFocus: boolean) => {
    if (returnFocus && request.opener.isConnected) request.opener.focus();
    onClose();
  };

  /** The row's place in the list, for the focus request of a change that rebuilds the list. */
  const rowIndex = () => {
    const row = request.opener.closest('[data-problem-key]');
    return row ? Array.from(document.querySelectorAll('[data-problem-key]')).indexOf(row) : 0;
  };

  const changeRule = (severity: RuleSeverity) => {
    if (severity === problem.severity) return;
    requestFocus({ key: severity === 'off' ? null : problemKey(problem), index: rowIndex() });
    setRuleSeverity(ruleId, severity);
  };

  const copyMessage = async () => {
    try {
      await navigator.clipboard.writeText(problem.message);
      showNotice(t('actions.copied'));
    } catch {
      // Without clipboard permission (a browser that refuses it) the user is told, not left guessing.
      showNotice(t('actions.copyFailed'));
    }
  };

  const reveals: Entry = { label: t('actions.reveal'), disabled: !target, run: () => target && reveal(target) };
  const severities: Entry[] = SEVERITY_ORDER.map((severity) => {
    const label = t(`rules.setting.${severity}`);
    return {
      label: severity === rule?.defaultSeverity ? t('actions.defaultSeverity', { severity: label }) : label,
      checked: problem.severity === severity,
      run: () => changeRule(severity),
    };
  });
  const turnOff: Entry = { label: t('actions.turnOff', { ruleId }), run: () => changeRule('off') };
  const copy: Entry = { label: t('actions.copy'), run: () => void copyMessage() };
  const help: Entry | null = helpUri
    ? // Opened by the host, which checks the address, in the system browser.
      { label: t('actions.help'), suffix: '↗', run: () => void context.host.openExternal(helpUri) }
    : null;
  const entries = [reveals, ...severities, turnOff, copy, ...(help ? [help] : [])];

  const activate = (entry: Entry) => {
    if (entry.disabled) return;
    close(true);
    entry.run();
  };

  // Measured before it is shown, then placed where it fits (above the row near the window's foot).
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlacement(placeMenu(request.anchor, { width, height }, { width: window.innerWidth, height: window.innerHeight }, request.align));
  }, [request]);

  useEffect(() => {
    if (placement) itemRefs.current[0]?.focus();
  }, [placement !== null]); // eslint-disable-line react-hooks/exhaustive-deps -- focus moves in once, when the menu shows

  /** In the menu, or on the button that toggles it (which closes it itself). */
  const inside = (node: EventTarget | null): boolean => node instanceof Node && Boolean(menuRef.current?.contains(node) || toggle?.contains(node));

  // A click elsewhere, a scroll that moves its row or a resize closes it (it would no longer sit
  // next to its row). Scroll events arrive a frame late: one from focusing the row just before the
  // menu opened has not moved the row since, and leaves the menu open.
  useEffect(() => {
    const openedAt = request.opener.getBoundingClientRect().top;
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) onClose();
    };
    const onScroll = (event: Event) => {
      if (inside(event.target)) return;
      if (!request.opener.isConnected || Math.abs(request.opener.getBoundingClientRect().top - openedAt) > 1) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose, toggle, request]); // eslint-disable-line react-hooks/exhaustive-deps -- `inside` reads the menu ref and `toggle`

  const onKeyDown = (event: ReactKeyboardEvent<HTMLUListElement>) => {
    const current = itemRefs.current.findIndex((item) => item === document.activeElement);
    const next = menuIndexAfterKey(event.key, current, entries.length);
    if (next !== null) {
      event.preventDefault();
      itemRefs.current[next]?.focus();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const entry = entries[current];
      if (entry) activate(entry);
    } else if (event.key === ' ') {
      // Space acts when released (below): acting now would move focus to the row's button, which
      // the browser then clicks on the key's release.
      event.preventDefault();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      // Tab would leave for the end of the page (the menu is appended to it): back to the row instead.
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (isContextMenuKey(event)) {
      event.preventDefault();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // Type-ahead: the next item whose label starts with the letter.
      const letter = event.key.toLocaleLowerCase();
      for (let step = 1; step <= entries.length; step++) {
        const index = (current + step) % entries.length;
        if (entries[index]!.label.toLocaleLowerCase().startsWith(letter)) {
          itemRefs.current[index]?.focus();
          break;
        }
      }
    }
  };

  const item = (entry: Entry, index: number, role: 'menuitem' | 'menuitemradio' = 'menuitem') => (
    <li
      key={index}
      ref={(element) => {
        itemRefs.current[index] = element;
      }}
      role={role}
      tabIndex={-1}
      aria-checked={role === 'menuitemradio' ? entry.checked === true : undefined}
      aria-disabled={entry.disabled ? true : undefined}
      className={`cs-menu__item${role === 'menuitemradio' ? ' cs-problem-menu__radio' : ''}`}
      onClick={() => activate(entry)}
      onPointerEnter={(event) => event.currentTarget.focus()}
    >
      {role === 'menuitemradio' ? (
        <span className="cs-problem-menu__check" aria-hidden="true">
          {entry.checked ? '✓' : ''}
        </span>
      ) : null}
      <span className="cs-menu__label">{entry.label}</span>
      {entry.suffix ? (
        <span className="cs-menu__chevron" aria-hidden="true">
          {entry.suffix}
        </span>
      ) : null}
    </li>
  );

  const severityHeading = t('actions.severityOf', { ruleId });
  let index = 0;
  return createPortal(
    <ul
      ref={menuRef}
      id={id}
      role="menu"
      aria-label={t('actions.menu', { ruleId })}
      className="cs-menu cs-problem-menu"
      style={placement ? { left: placement.left, top: placement.top, maxHeight: placement.maxHeight } : { left: 0, top: 0, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onKeyUp={(event) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        const entry = entries[itemRefs.current.findIndex((item) => item === document.activeElement)];
        if (entry) activate(entry);
      }}
      onContextMenu={(event) => event.preventDefault()}
      onBlur={(event) => {
        // Focus moved elsewhere some other way (a screen reader's own navigation): close.
        if (event.relatedTarget instanceof Node && !inside(event.relatedTarget)) onClose();
      }}
    >
      {item(reveals, index++)}
      <li role="separator" className="cs-menu__separator" />
      <li role="none">
        <div className="cs-problem-menu__heading" aria-hidden="true" title={severityHeading}>
          {severityHeading}
        </div>
        <ul role="group" aria-label={severityHeading} className="cs-problem-menu__group">
          {severities.map((entry) => item(entry, index++, 'menuitemradio'))}
        </ul>
      </li>
      {item(turnOff, index++)}
      <li role="separator" className="cs-menu__separator" />
      {item(copy, index++)}
      {help ? item(help, index++) : null}
    </ul>,
    document.body,
  );
}
