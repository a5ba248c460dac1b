import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuItemModel } from '../../models/host/HostApi';
import { useCommands } from '../commands/CommandsContext';
import { buildMenu } from '../commands/menu';
import { ariaKeyShortcut, formatShortcut } from '../commands/shortcuts';
import { translate } from '../i18n';

/**
 * The in-app menu bar for hosts without a native menu (the web build), following the WAI-ARIA
 * menubar pattern: arrows move, Enter/Space activate, Escape closes and returns focus.
 */
export function MenuBar() {
  const { t } = useTranslation();
  const commands = useCommands();
  const menu = useMemo(
    () => buildMenu(commands.registry, commands.state, translate, { web: true }),
    // t changes with the language, which changes the labels.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [commands.registry, commands.state, t],
  );
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const topRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const barRef = useRef<HTMLDivElement>(null);
  const count = menu.items.length;

  useEffect(() => {
    if (openIndex === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (barRef.current && !barRef.current.contains(event.target as Node)) setOpenIndex(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [openIndex]);

  const focusTop = (index: number) => {
    const wrapped = (index + count) % count;
    setFocusIndex(wrapped);
    topRefs.current[wrapped]?.focus();
    return wrapped;
  };

  const onTopKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>, index: number) => {
    switch (event.key) {
      case 'ArrowRight':
        event.preventDefault();
        focusTop(index + 1);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        focusTop(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusTop(0);
        break;
      case 'End':
        event.preventDefault();
        focusTop(count - 1);
        break;
      case 'ArrowDown':
      case 'Enter':
      case ' ':
        event.preventDefault();
        setFocusIndex(index);
        setOpenIndex(index);
        break;
      case 'Escape':
        setOpenIndex(null);
        break;
    }
  };

  const activate = (command: string) => {
    // Focus goes back to the menu bar first, so a dialog the command opens returns it there.
    if (openIndex !== null) topRefs.current[openIndex]?.focus();
    setOpenIndex(null);
    commands.run(command);
  };

  return (
    <div className="cs-menubar" role="menubar" aria-label={t('shell:menu.label')} ref={barRef}>
      {menu.items.map((top, index) => {
        const open = openIndex === index;
        return (
          <div className="cs-menubar__item" key={top.label}>
            <button
              ref={(el) => {
                topRefs.current[index] = el;
              }}
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open}
              tabIndex={focusIndex === index ? 0 : -1}
              className="cs-menubar__top"
              onClick={() => setOpenIndex(open ? null : index)}
              onPointerEnter={() => {
                if (openIndex !== null && openIndex !== index) {
                  setOpenIndex(index);
                  setFocusIndex(index);
                }
              }}
              onKeyDown={(event) => onTopKeyDown(event, index)}
            >
              {top.label}
            </button>
            {open && top.submenu ? (
              <MenuList
                items={top.submenu}
                label={top.label}
                level={0}
                isMac={commands.isMac}
                onActivate={activate}
                onClose={() => {
                  setOpenIndex(null);
                  topRefs.current[index]?.focus();
                }}
                onSibling={(direction) => {
                  const next = focusTop(index + direction);
                  setOpenIndex(next);
                }}
                onDismiss={() => setOpenIndex(null)}
              />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

interface MenuListProps {
  items: MenuItemModel[];
  label: string;
  level: number;
  isMac: boolean;
  onActivate(command: string): void;
  /** Escape / ArrowLeft in a submenu: close this list and give focus back to its opener. */
  onClose(): void;
  /** ArrowLeft / ArrowRight in a top-level menu: open the neighbouring menu. */
  onSibling(direction: 1 | -1): void;
  /** Tab: close every menu and let focus move on. */
  onDismiss(): void;
}

function MenuList({ items, label, level, isMac, onActivate, onClose, onSibling, onDismiss }: MenuListProps) {
  const itemRefs = useRef<Array<HTMLElement | null>>([]);
  const [submenuIndex, setSubmenuIndex] = useState<number | null>(null);
  const id = useId();
  const focusable = items.map((item, index) => (item.separator ? -1 : index)).filter((index) => index >= 0);

  useEffect(() => {
    const first = focusable[0];
    if (first !== undefined) itemRefs.current[first]?.focus();
    // Focus moves into the list once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const move = (from: number, step: number) => {
    const position = focusable.indexOf(from);
    const next = focusable[(position + step + focusable.length) % focusable.length];
    if (next !== undefined) itemRefs.current[next]?.focus();
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>, index: number, item: MenuItemModel) => {
    const enabled = item.enabled !== false;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(index, 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(index, -1);
        break;
      case 'Home':
        event.preventDefault();
        if (focusable[0] !== undefined) itemRefs.current[focusable[0]]?.focus();
        break;
      case 'End': {
        event.preventDefault();
        const last = focusable[focusable.length - 1];
        if (last !== undefined) itemRefs.current[last]?.focus();
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (item.submenu && enabled) setSubmenuIndex(index);
        else if (item.command && enabled) onActivate(item.command);
        break;
      case 'ArrowRight':
        event.preventDefault();
        if (item.submenu && enabled) setSubmenuIndex(index);
        else if (level === 0) onSibling(1);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        if (level > 0) onClose();
        else onSibling(-1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onClose();
        break;
      case 'Tab':
        onDismiss();
        break;
    }
  };

  return (
    <ul className={`cs-menu ${level > 0 ? 'cs-menu--sub' : ''}`} role="menu" aria-label={label} id={id}>
      {items.map((item, index) => {
        if (item.separator) return <li key={`sep-${index}`} role="separator" className="cs-menu__separator" />;
        const enabled = item.enabled !== false;
        const hasSubmenu = Boolean(item.submenu);
        return (
          <li key={`${item.command ?? item.label}-${index}`} role="none" className="cs-menu__entry">
            <div
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={enabled ? undefined : true}
              aria-haspopup={hasSubmenu ? 'menu' : undefined}
              aria-keyshortcuts={item.accelerator ? ariaKeyShortcut(item.accelerator, isMac) : undefined}
              aria-expanded={hasSubmenu ? submenuIndex === index : undefined}
              className="cs-menu__item"
              title={item.label}
              onClick={() => {
                if (!enabled) return;
                if (hasSubmenu) setSubmenuIndex(submenuIndex === index ? null : index);
                else if (item.command) onActivate(item.command);
              }}
              onPointerEnter={(event) => {
                (event.currentTarget as HTMLElement).focus();
                setSubmenuIndex(hasSubmenu && enabled ? index : null);
              }}
              onKeyDown={(event) => onKeyDown(event, index, item)}
            >
              <span className="cs-menu__label">{item.label}</span>
              {item.accelerator ? (
                <span className="cs-kbd" aria-hidden="true">
                  {formatShortcut(item.accelerator, isMac)}
                </span>
              ) : null}
              {hasSubmenu ? (
                <span className="cs-menu__chevron" aria-hidden="true">
                  ›
                </span>
              ) : null}
            </div>
            {hasSubmenu && submenuIndex === index && item.submenu ? (
              <MenuList
                items={item.submenu}
                label={item.label}
                level={level + 1}
                isMac={isMac}
                onActivate={onActivate}
                onClose={() => {
                  setSubmenuIndex(null);
                  itemRefs.current[index]?.focus();
                }}
                onSibling={onSibling}
                onDismiss={onDismiss}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
