import { useId, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../models/project/types';
import { countBySeverity, getValidationRule, type Problem } from '../../../models/validation';
import { useProblems } from '../../store/problems';
import { Badge, type BadgeTone } from '../../ui';
import '../shared/features.css';
import './problems.css';
import { groupProblems, type ProblemSeverity } from './groupProblems';

const TONE: Record<ProblemSeverity, BadgeTone> = { error: 'danger', warning: 'warning', info: 'info' };
const ICON: Record<ProblemSeverity, string> = { error: '✕', warning: '!', info: 'i' };

export function ProblemsView({ project }: { project: Project }) {
  const { t } = useTranslation('problems');
  // The same (cached) result as the status bar, so the counts always agree.
  const problems = useProblems();
  const groups = useMemo(() => groupProblems(problems), [problems]);
  const counts = countBySeverity(problems);
  const severityLabel: Record<ProblemSeverity, string> = {
    error: t('severity.error', { count: counts.error }),
    warning: t('severity.warning', { count: counts.warning }),
    info: t('severity.info', { count: counts.info }),
  };

  return (
    <div className="cs-view cs-problems">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {problems.length > 0 ? (
          <ul className="cs-feature-chips" aria-label={t('countsLabel')}>
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <li key={severity}>
                <Badge tone={counts[severity] > 0 ? TONE[severity] : 'neutral'}>{severityLabel[severity]}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
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
      ) : (
        groups.map((group) => (
          <SeveritySection
            key={group.severity}
            project={project}
            severity={group.severity}
            title={severityLabel[group.severity]}
            group={group}
          />
        ))
      )}
    </div>
  );
}

function SeveritySection({
  project,
  severity,
  title,
  group,
}: {
  project: Project;
  severity: ProblemSeverity;
  title: string;
  group: ReturnType<typeof groupProblems<Problem>>[number];
}) {
  const { t } = useTranslation('problems');
  const headingId = useId();
  return (
    <section className={`cs-feature-section cs-problems__severity cs-problems__severity--${severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="cs-problems__icon" aria-hidden="true">
          {ICON[severity]}
        </span>
        {title}
      </h3>
      {group.rules.map((rule) => (
        <section key={rule.ruleId} className="cs-problems__rule" aria-labelledby={`${headingId}-${rule.ruleId}`}>
          <h4 id={`${headingId}-${rule.ruleId}`}>
            <span>{ruleName(rule.ruleId, t)}</span>
            <code className="cs-problems__rule-id">{rule.ruleId}</code>
            <span className="cs-muted cs-problems__rule-count">{t('ruleCount', { count: rule.problems.length })}</span>
          </h4>
          <RuleDescription text={ruleDescription(rule.ruleId, t)} />
          <ul className="cs-problems__list">
            {rule.problems.map((problem, index) => (
              <li key={`${problem.path}-${index}`} className="cs-problems__item">
                <span className="cs-problems__message">{withoutPath(problem)}</span>
                <span className="cs-problems__where">
                  {problem.path ? (
                    <code className="cs-problems__path" title={problem.path}>
                      {problem.path}
                    </code>
                  ) : null}
                  {problem.target ? <span className="cs-muted">{targetLabel(project, problem.target, t)}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** "Component: Social registry", naming the entity a problem is about. */
function targetLabel(project: Project, target: NonNullable<Problem['target']>, t: TFunction<'problems'>): string {
  const entity = (project[target.kind] as readonly { id: string; name?: string; title?: string }[]).find((e) => e.id === target.id);
  const name = entity?.name ?? entity?.title ?? target.id;
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

function RuleDescription({ text }: { text: string }) {
  return text ? <p className="cs-problems__rule-description">{text}</p> : null;
}

/** Messages start with their path ("components[3].type: ..."); the path is shown on its own line. */
function withoutPath(problem: Problem): string {
  const prefix = `${problem.path}: `;
  return problem.path && problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

// Rule names and descriptions come from models/validation in English; the known ones have
// translatable strings here, rules added later fall back to the model's text.
function ruleName(ruleId: string, t: TFunction<'problems'>): string {
  const fallback = getValidationRule(ruleId)?.name ?? ruleId;
  switch (ruleId) {
    case 'broken-reference':
      return t('rule.broken-reference.name', { defaultValue: fallback });
    case 'unknown-catalog-id':
      return t('rule.unknown-catalog-id.name', { defaultValue: fallback });
    case 'bpmn-parse-error':
      return t('rule.bpmn-parse-error.name', { defaultValue: fallback });
    case 'bpmn-warning':
      return t('rule.bpmn-warning.name', { defaultValue: fallback });
    default:
      return fallback;
  }
}

function ruleDescription(ruleId: string, t: TFunction<'problems'>): string {
  const fallback = getValidationRule(ruleId)?.description ?? '';
  switch (ruleId) {
    case 'broken-reference':
      return t('rule.broken-reference.description', { defaultValue: fallback });
    case 'unknown-catalog-id':
      return t('rule.unknown-catalog-id.description', { defaultValue: fallback });
    case 'bpmn-parse-error':
      return t('rule.bpmn-parse-error.description', { defaultValue: fallback });
    case 'bpmn-warning':
      return t('rule.bpmn-warning.description', { defaultValue: fallback });
    default:
      return fallback;
  }
}
