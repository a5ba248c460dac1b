import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Project, RuleSeverity } from '../../../models/project/types';
import { countBySeverity, getValidationRule, type Problem } from '../../../models/validation';
import { useCommands } from '../../commands/CommandsContext';
import { isFullyValidated, useProblems } from '../../store/problems';
import { reveal } from '../../store/reveal';
import { Badge, Button, Toolbar, type BadgeTone } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import '../shared/features.css';
import './problems.css';
import { PRIVACY_COMMAND } from './commands';
import { groupProblems, SEVERITY_ORDER, type ProblemSeverity, type RuleGroup } from './groupProblems';
import { ALL_SEVERITIES, filterProblems, isFiltering, NO_FILTER, ruleCounts, type ProblemFilter } from './problemFilters';
import { ProblemMenu, type ProblemMenuRequest } from './ProblemMenu';
import { isContextMenuKey, problemKey, type Box } from './problemActions';
import { problemTarget } from './problemTarget';
import { useProblemsUi } from './problemsUi';
import { setRuleSetting } from './ruleActions';
import { ruleOverrides } from './ruleSettings';

const TONE: Record<ProblemSeverity, BadgeTone> = { error: 'danger', warning: 'warning', info: 'info' };
const ICON: Record<ProblemSeverity, string> = { error: '✕', warning: '!', info: 'i' };
/** A rule with more problems shows this many until the user asks for all (keeps large projects fast). */
export const PROBLEMS_SHOWN_PER_RULE = 50;

export function ProblemsView({ project }: { project: Project }) {
  const { t } = useTranslation('problems');
  const commands = useCommands();
  // The same (cached) result as the status bar, so the counts always agree.
  const problems = useProblems();
  const documentKey = `${project.project.created}|${project.project.name}`;
  const enterDocument = useProblemsUi((state) => state.enterDocument);
  useEffect(() => enterDocument(documentKey), [enterDocument, documentKey]);
  const filter = useProblemsUi((state) => (state.documentKey === documentKey ? state.filter : NO_FILTER));
  const setFilter = useProblemsUi((state) => state.setFilter);
  const describe = useCallback(
    (problem: Problem) => `${ruleName(problem.ruleId, t)} ${problem.target ? targetName(project, problem.target) : ''}`,
    [project, t],
  );
  const visible = useMemo(() => filterProblems(problems, filter, describe), [problems, filter, describe]);
  const groups = useMemo(() => groupProblems(visible), [visible]);
  const counts = countBySeverity(problems);
  const overrides = ruleOverrides(project);
  const severityLabel = (severity: ProblemSeverity, count: number) => t(`severity.${severity}`, { count });
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusAfterRuleChange(rootRef, headingRef, problems, isFullyValidated(project));

  return (
    <div className="cs-view cs-problems" ref={rootRef}>
      <header className="cs-view-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('title')}
        </h2>
        <div className="cs-problems__header-end">
          {problems.length > 0 ? (
            <ul className="cs-feature-chips" aria-label={t('countsLabel')}>
              {SEVERITY_ORDER.map((severity) => (
                <li key={severity}>
                  <Badge tone={counts[severity] > 0 ? TONE[severity] : 'neutral'}>{severityLabel(severity, counts[severity])}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
          <Button size="small" onClick={() => commands.run(PRIVACY_COMMAND.exportAnnex)}>
            {t('exportAnnex')}
          </Button>
        </div>
      </header>
      {problems.length > 0 ? (
        <Toolbar label={t('toolbar')}>
          <FilterControls problems={problems} filter={filter} onChange={setFilter} />
        </Toolbar>
      ) : null}
      {overrides.length > 0 ? <RuleOverrides overrides={overrides} /> : null}
      {problems.length === 0 ? (
        <div className="cs-problems__clean" role="status">
          <span className="cs-problems__clean-icon" aria-hidden="true">
            ✓
          </span>
          <div>
            <h3>{t('clean.title')}</h3>
            <p>{t('clean.body')}</p>
          </div>
        </div>
      ) : visible.length === 0 ? (
        <div className="cs-problems__no-match" role="status">
          <p>{t('filter.noMatch', { count: problems.length })}</p>
          <Button size="small" onClick={() => setFilter(NO_FILTER)}>
            {t('filter.clear')}
          </Button>
        </div>
      ) : (
        <>
          {isFiltering(filter) ? (
            <p className="cs-problems__shown" role="status">
              {t('filter.shown', { shown: visible.length, total: problems.length })}
            </p>
          ) : null}
          {groups.map((group) => (
            <SeveritySection key={group.severity} project={project} severity={group.severity} title={severityLabel(group.severity, group.count)} rules={group.rules} />
          ))}
        </>
      )}
      <Notice />
    </div>
  );
}

/**
 * Puts focus back in the list after a problem's menu changed its rule: the rebuilt list has a new
 * row for the problem (or none, its rule turned off). Only when focus was lost with the old row,
 * so a user who moved on meanwhile is not pulled back. A problem of the full check (BPMN) is
 * missing from the quick first answer, so its row is waited for until the full check is in.
 */
function useFocusAfterRuleChange(
  rootRef: RefObject<HTMLDivElement | null>,
  headingRef: RefObject<HTMLHeadingElement | null>,
  problems: readonly Problem[],
  fullyValidated: boolean,
) {
  const request = useProblemsUi((state) => state.focusRequest);
  const requestFocus = useProblemsUi((state) => state.requestFocus);
  useEffect(() => {
    const root = rootRef.current;
    if (!request || !root) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      requestFocus(null);
      return;
    }
    const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-problem-key]'));
    const same = request.key === null ? undefined : rows.find((row) => row.dataset.problemKey === request.key);
    if (!same && request.key !== null && !fullyValidated) return;
    const row = same ?? rows[Math.min(request.index, rows.length - 1)];
    const control = row?.querySelector('button');
    if (control) control.focus();
    else headingRef.current?.focus();
    requestFocus(null);
  }, [rootRef, headingRef, request, requestFocus, problems, fullyValidated]);
}

/** What the last action did ("Message copied"), read out by screen readers, gone after a while. */
function Notice() {
  const notice = useProblemsUi((state) => state.notice);
  const clearNotice = useProblemsUi((state) => state.clearNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => clearNotice(notice.serial), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, clearNotice]);
  // The live region stays on the page; the notice inside it shows over the list's foot, where the
  // user is even when the view's header is scrolled away.
  return (
    <div role="status" className="cs-problems__notices">
      {notice ? <span className="cs-problems__notice">{notice.text}</span> : null}
    </div>
  );
}

const NOTICE_MS = 4000;

function FilterControls({ problems, filter, onChange }: { problems: readonly Problem[]; filter: ProblemFilter; onChange: (filter: ProblemFilter) => void }) {
  const { t } = useTranslation('problems');
  const counts = countBySeverity(problems);
  const rules = ruleCounts(problems);
  const toggle = (severity: ProblemSeverity) => {
    const severities = new Set(filter.severities);
    if (severities.has(severity)) severities.delete(severity);
    else severities.add(severity);
    onChange({ ...filter, severities });
  };
  return (
    <>
      <input
        type="search"
        className="cs-input cs-problems__search"
        placeholder={t('filter.textPlaceholder')}
        aria-label={t('filter.text')}
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="cs-problems__toggles" role="group" aria-label={t('filter.severities')}>
        {SEVERITY_ORDER.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`cs-problems__toggle cs-problems__toggle--${severity}`}
            aria-pressed={filter.severities.has(severity)}
            onClick={() => toggle(severity)}
          >
            <span className="cs-problems__toggle-icon" aria-hidden="true">
              {ICON[severity]}
            </span>
            {t(`severity.${severity}`, { count: counts[severity] })}
          </button>
        ))}
      </div>
      <select
        className="cs-select cs-problems__rule-filter"
        aria-label={t('filter.rule')}
        value={rules.some((rule) => rule.ruleId === filter.ruleId) ? filter.ruleId : ''}
        onChange={(event) => onChange({ ...filter, ruleId: event.target.value })}
      >
        <option value="">{t('filter.allRules')}</option>
        {rules.map((rule) => (
          <option key={rule.ruleId} value={rule.ruleId}>
            {t('filter.ruleOption', { name: ruleName(rule.ruleId, t), count: rule.count })}
          </option>
        ))}
      </select>
      {isFiltering(filter) ? (
        <Button size="small" variant="ghost" onClick={() => onChange({ ...filter, text: '', ruleId: '', severities: ALL_SEVERITIES })}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </>
  );
}

function SeveritySection({ project, severity, title, rules }: { project: Project; severity: ProblemSeverity; title: string; rules: RuleGroup<Problem>[] }) {
  const headingId = useId();
  return (
    <section className={`cs-feature-section cs-problems__severity cs-problems__severity--${severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="cs-problems__icon" aria-hidden="true">
          {ICON[severity]}
        </span>
        {title}
      </h3>
      {rules.map((rule) => (
        <RuleSection key={rule.ruleId} project={project} ruleId={rule.ruleId} problems={rule.problems} />
      ))}
    </section>
  );
}

function RuleSection({ project, ruleId, problems }: { project: Project; ruleId: string; problems: Problem[] }) {
  const { t } = useTranslation('problems');
  const { context } = useCommands();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const rule = getValidationRule(ruleId);
  const helpUri = rule?.helpUri;
  const description = ruleDescription(ruleId, t);
  const fixHint = ruleFixHint(ruleId, t);
  const shown = showAll ? problems : problems.slice(0, PROBLEMS_SHOWN_PER_RULE);
  return (
    <section className="cs-problems__rule" aria-labelledby={headingId}>
      <header className="cs-problems__rule-header">
        <h4 id={headingId}>
          <span className="cs-problems__rule-name">{ruleName(ruleId, t)}</span>
          <code className="cs-problems__rule-id">{ruleId}</code>
          <span className="cs-muted cs-problems__rule-count">{t('ruleCount', { count: problems.length })}</span>
        </h4>
        <RuleControls project={project} ruleId={ruleId} defaultSeverity={rule?.defaultSeverity} />
      </header>
      {description || fixHint || helpUri ? (
        <dl className="cs-problems__rule-help">
          {description ? (
            <div>
              <dt>{t('why')}</dt>
              <dd>{description}</dd>
            </div>
          ) : null}
          {fixHint ? (
            <div>
              <dt>{t('fix')}</dt>
              <dd>{fixHint}</dd>
            </div>
          ) : null}
          {helpUri ? (
            <div>
              <dt>{t('more')}</dt>
              <dd>
                {/* Opened by the host, which checks the address, in the system browser. */}
                <button type="button" className="cs-problems__link" onClick={() => void context.host.openExternal(helpUri)}>
                  {t('ruleDocumentation', { name: ruleName(ruleId, t) })}
                </button>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <ul className="cs-problems__list">
        {shown.map((problem, index) => (
          <ProblemItem key={`${problem.path}-${index}`} project={project} problem={problem} />
        ))}
      </ul>
      {shown.length < problems.length ? (
        <div className="cs-problems__more">
          <Button size="small" variant="ghost" onClick={() => setShowAll(true)}>
            {t('showAll', { count: problems.length })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function ProblemItem({ project, problem }: { project: Project; problem: Problem }) {
  const { t } = useTranslation('problems');
  const target = problemTarget(problem, project);
  const [menu, setMenu] = useState<ProblemMenuRequest | null>(null);
  const menuId = useId();
  const messageId = useId();
  const actionsRef = useRef<HTMLButtonElement>(null);
  /** The menu was opened from the keyboard, so the contextmenu event that follows the key is ignored. */
  const openedByKey = useRef(false);
  const closeMenu = useCallback(() => {
    openedByKey.current = false;
    setMenu(null);
  }, []);

  // Events from the menu reach the row too (React bubbles them out of the portal): not the row's.
  const fromRow = (event: { currentTarget: HTMLElement; target: EventTarget }) => event.target instanceof Node && event.currentTarget.contains(event.target);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLLIElement>) => {
    if (!fromRow(event)) return;
    const opener = event.target as HTMLElement;
    const fromActions = opener === actionsRef.current;
    if (isContextMenuKey(event) || (fromActions && event.key === 'ArrowDown')) {
      event.preventDefault();
      openedByKey.current = true;
      setMenu({ opener, anchor: boxOf(opener), align: fromActions ? 'end' : 'start' });
    }
  };
  const onContextMenu = (event: ReactMouseEvent<HTMLLIElement>) => {
    event.preventDefault();
    if (!fromRow(event) || (menu && openedByKey.current)) return;
    const opener = event.currentTarget.querySelector('button');
    if (!opener) return;
    // A context menu from the keyboard (a platform whose key the row did not see) has no pointer.
    const fromPointer = event.clientX !== 0 || event.clientY !== 0;
    const anchor = fromPointer ? { left: event.clientX, right: event.clientX, top: event.clientY, bottom: event.clientY } : boxOf(opener);
    setMenu({ opener, anchor, align: 'start' });
  };

  const where = (
    <span className="cs-problems__where">
      {problem.target ? <Ellipsis text={targetLabel(project, problem.target, t)} className="cs-problems__target" /> : null}
      {problem.path ? (
        <code className="cs-problems__path" title={problem.path}>
          {problem.path}
        </code>
      ) : null}
    </span>
  );
  const message = (
    <span className="cs-problems__message" id={messageId}>
      {withoutPath(problem)}
    </span>
  );
  return (
    <li className={`cs-problems__row${menu ? ' is-menu-open' : ''}`} data-problem-key={problemKey(problem)} onKeyDown={onKeyDown} onContextMenu={onContextMenu}>
      {target ? (
        <button type="button" className="cs-problems__item" title={t('goTo')} onClick={() => reveal(target)}>
          {message}
          {where}
        </button>
      ) : (
        <div className="cs-problems__item">
          {message}
          {where}
        </div>
      )}
      <button
        ref={actionsRef}
        type="button"
        className="cs-problems__actions"
        aria-label={t('actions.button', { ruleId: problem.ruleId })}
        aria-describedby={messageId}
        aria-haspopup="menu"
        aria-expanded={menu !== null}
        aria-controls={menu ? menuId : undefined}
        title={t('actions.buttonTitle')}
        onClick={(event) => {
          if (menu) closeMenu();
          else setMenu({ opener: event.currentTarget, anchor: boxOf(event.currentTarget), align: 'end' });
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {menu ? <ProblemMenu id={menuId} problem={problem} target={target} request={menu} toggle={actionsRef.current} onClose={closeMenu} /> : null}
    </li>
  );
}

function boxOf(element: HTMLElement): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

const SETTINGS: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

/** The rule's severity for this project (or its default), and a quick way to turn it off. */
function RuleControls({ project, ruleId, defaultSeverity }: { project: Project; ruleId: string; defaultSeverity?: ProblemSeverity }) {
  const { t } = useTranslation('problems');
  const name = ruleName(ruleId, t);
  const override = Object.prototype.hasOwnProperty.call(project.settings.rules, ruleId) ? project.settings.rules[ruleId] : undefined;
  return (
    <div className="cs-problems__rule-controls">
      <select
        className="cs-select cs-problems__severity-select"
        aria-label={t('rules.severityOf', { name })}
        value={override ?? ''}
        onChange={(event) => setRuleSetting(ruleId, event.target.value === '' ? null : (event.target.value as RuleSeverity))}
      >
        <option value="">{defaultSeverity ? t('rules.default', { severity: t(`rules.setting.${defaultSeverity}`) }) : t('rules.defaultUnknown')}</option>
        {SETTINGS.filter((setting) => setting !== defaultSeverity).map((setting) => (
          <option key={setting} value={setting}>
            {t(`rules.setting.${setting}`)}
          </option>
        ))}
      </select>
      <Button size="small" variant="ghost" aria-label={t('rules.turnOffNamed', { name })} onClick={() => setRuleSetting(ruleId, 'off')}>
        {t('rules.turnOff')}
      </Button>
    </div>
  );
}

/** The rules this project overrides, each with its setting and a way back to the default. */
function RuleOverrides({ overrides }: { overrides: { ruleId: string; severity: RuleSeverity }[] }) {
  const { t } = useTranslation('problems');
  const headingId = useId();
  const [open, setOpen] = useState(false);
  return (
    <details className="cs-problems__overrides" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary id={headingId}>{t('rules.overridden', { count: overrides.length })}</summary>
      {/* Rendered only while open, so a switched-off rule's id is not on the page until asked for. */}
      {open ? (
        <ul aria-labelledby={headingId}>
          {overrides.map(({ ruleId, severity }) => {
            const name = ruleName(ruleId, t);
            const defaultSeverity = getValidationRule(ruleId)?.defaultSeverity;
            return (
              <li key={ruleId}>
                <span className="cs-problems__override-name">
                  <strong>{name}</strong> <code className="cs-problems__rule-id">{ruleId}</code>
                </span>
                <span className="cs-muted">
                  {defaultSeverity
                    ? t('rules.overrideState', { setting: t(`rules.setting.${severity}`), default: t(`rules.setting.${defaultSeverity}`) })
                    : t('rules.overrideStateUnknown', { setting: t(`rules.setting.${severity}`) })}
                </span>
                <Button size="small" aria-label={t('rules.restoreNamed', { name })} onClick={() => setRuleSetting(ruleId, null)}>
                  {t('rules.restore')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </details>
  );
}

function targetName(project: Project, target: NonNullable<Problem['target']>): string {
  const entity = (project[target.kind] as readonly { id: string; name?: string; title?: string }[]).find((e) => e.id === target.id);
  return entity?.name ?? entity?.title ?? target.id;
}

/** "Component: Social registry", naming the entity a problem is about. */
function targetLabel(project: Project, target: NonNullable<Problem['target']>, t: TFunction<'problems'>): string {
  const name = targetName(project, target);
  switch (target.kind) {
    case 'components':
      return t('target.component', { name });
    case 'interactions':
      return t('target.interaction', { name });
    case 'processes':
      return t('target.process', { name });
    case 'dataElements':
      return t('target.dataElement', { name });
    case 'codeLists':
      return t('target.codeList', { name });
    case 'apiContracts':
      return t('target.apiContract', { name });
    case 'scenarios':
      return t('target.scenario', { name });
  }
}

/** Messages start with their path ("components[3].type: ..."); the path is shown on its own line. */
function withoutPath(problem: Problem): string {
  const prefix = `${problem.path}: `;
  return problem.path && problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

// Rule texts come from models/validation in English (the command line and SARIF use the same);
// a translation can supply rule.<id>.name / .description / .fixHint in the problems namespace.
function ruleName(ruleId: string, t: TFunction<'problems'>): string {
  return t(`rule.${ruleId}.name`, { defaultValue: getValidationRule(ruleId)?.name ?? ruleId });
}

function ruleDescription(ruleId: string, t: TFunction<'problems'>): string {
  return t(`rule.${ruleId}.description`, { defaultValue: getValidationRule(ruleId)?.description ?? '' });
}

function ruleFixHint(ruleId: string, t: TFunction<'problems'>): string {
  return t(`rule.${ruleId}.fixHint`, { defaultValue: getValidationRule(ruleId)?.fixHint ?? '' });
}
