import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { componentGroups, getComponentType } from '../../../models/catalog';
import type { Component, Interaction, Project, Sensitivity } from '../../../models/project/types';
import { Badge } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { SensitivityBadge } from '../shared/SensitivityBadge';
import '../shared/features.css';
import './landscape.css';
import { landscapeFacts, timingOf, type LandscapeFacts } from '../../../models/landscape/facts';
import { LandscapeEditor } from './LandscapeEditor';
import { TimingSwatch } from './TimingSwatch';

export function LandscapeView({ project }: { project: Project }) {
  const { t } = useTranslation('landscape');
  const tableId = useId();
  const { components, interactions } = project;
  // The tables below the canvas render in the background (a transition React can interrupt and
  // spread over frames), after the canvas: on a 300-component landscape their 400 rows made
  // the first picture wait, and every edit re-rendered them inside the edit's own task.
  const tableProject = useDeferredValue<Project | null>(project, null);
  const facts = useMemo(() => (tableProject ? landscapeFacts(tableProject) : null), [tableProject]);

  return (
    <div className="cs-view cs-landscape">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {components.length > 0 ? (
          <span className="cs-feature-summary">
            {t('componentCount', { count: components.length })} · {t('interactionCount', { count: interactions.length })}
          </span>
        ) : null}
      </header>
      <LandscapeEditor project={project} />
      {tableProject && facts && tableProject.components.length > 0 ? (
        <>
          <InteractionsSection id={tableId} project={tableProject} facts={facts} />
          <ComponentsSection components={tableProject.components} facts={facts} />
        </>
      ) : null}
    </div>
  );
}

/**
 * Rows of the interactions table drawn at first: a 1,000-interaction landscape would otherwise
 * put 20,000 elements below the canvas before the canvas itself can show. The rest come on request.
 */
const ROW_PAGE = 100;

function InteractionsSection({ id, project, facts }: { id: string; project: Project; facts: LandscapeFacts }) {
  const { t } = useTranslation('landscape');
  const names = useMemo(() => new Map(project.components.map((c) => [c.id, c.name])), [project.components]);
  const headingId = `${id}-heading`;
  const [shown, setShown] = useState(ROW_PAGE);
  const total = project.interactions.length;
  const rows = total > shown ? project.interactions.slice(0, shown) : project.interactions;
  return (
    <section id={id} className="cs-feature-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('interactions.heading')}</h3>
      {project.interactions.length === 0 ? (
        <p className="cs-muted">{t('interactions.none')}</p>
      ) : (
        <div className="cs-table-wrap">
          <table className="cs-table cs-feature-fixed cs-landscape__table">
            <colgroup>
              <col style={{ width: '22%' }} />
              <col style={{ width: '17%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '6%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '14%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('interactions.column.name')}</th>
                <th scope="col">{t('interactions.column.route')}</th>
                <th scope="col">{t('interactions.column.pattern')}</th>
                <th scope="col">{t('interactions.column.operation')}</th>
                <th scope="col" className="cs-num">
                  {t('interactions.column.data')}
                </th>
                <th scope="col">{t('interactions.column.sensitivity')}</th>
                <th scope="col">{t('interactions.column.legalBasis')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((interaction) => (
                <InteractionRow
                  key={interaction.id}
                  interaction={interaction}
                  fromName={names.get(interaction.from) ?? interaction.from}
                  toName={names.get(interaction.to) ?? interaction.to}
                  sensitivity={facts.interactionSensitivity.get(interaction.id) ?? 'none'}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > shown ? (
        <div className="cs-landscape__more">
          <span className="cs-muted" role="status">
            {t('interactions.showing', { shown, total })}
          </span>
          <button type="button" className="cs-button cs-button--small" onClick={() => setShown((n) => n + ROW_PAGE)}>
            {t('interactions.showMore', { count: Math.min(ROW_PAGE, total - shown) })}
          </button>
          <button type="button" className="cs-button cs-button--small cs-button--ghost" onClick={() => setShown(total)}>
            {t('interactions.showAll', { count: total })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Memoised: an edit elsewhere in the document leaves the other rows' props, and so the rows, as they were. */
const InteractionRow = memo(function InteractionRow({
  interaction,
  fromName,
  toName,
  sensitivity,
}: {
  interaction: Interaction;
  fromName: string;
  toName: string;
  sensitivity: Sensitivity;
}) {
  const { t } = useTranslation('landscape');
  const carriesPersonal = sensitivity !== 'none';
  return (
    <tr>
      <th scope="row" className="cs-landscape__interaction-name">
        <span className="cs-landscape__name-text">{interaction.name}</span>
        {interaction.purpose ? <Ellipsis text={interaction.purpose} className="cs-muted cs-landscape__purpose" /> : null}
      </th>
      <td>
        <Ellipsis text={fromName} />
        <span className="cs-landscape__route">
          <span className="cs-landscape__route-arrow" aria-label={t('interactions.to')}>
            →
          </span>
          <Ellipsis text={toName} />
        </span>
      </td>
      <td>
        <span className="cs-landscape__pattern">
          <TimingSwatch timing={timingOf(interaction.pattern)} />
          <span>{t(`catalog:interactionPattern.${interaction.pattern}`)}</span>
        </span>
      </td>
      <td>
        <Ellipsis text={t(`catalog:operationKind.${interaction.operationKind}`)} />
        <Ellipsis text={t(`catalog:protocol.${interaction.protocol}`)} className="cs-feature-second-line" />
      </td>
      <td className="cs-num">{interaction.dataElements.length}</td>
      <td>
        <SensitivityBadge level={sensitivity} />
      </td>
      <td>
        {interaction.legalBasis ? (
          <Ellipsis text={t(`catalog:legalBasis.${interaction.legalBasis}`)} />
        ) : carriesPersonal ? (
          <Badge tone="danger">{t('interactions.legalBasisMissing')}</Badge>
        ) : (
          <span className="cs-muted">{t('interactions.notNeeded')}</span>
        )}
      </td>
    </tr>
  );
});

function ComponentsSection({ components, facts }: { components: readonly Component[]; facts: LandscapeFacts }) {
  const { t } = useTranslation('landscape');
  const headingId = useId();
  const groups = useMemo(() => {
    const byGroup = new Map<string, Component[]>();
    for (const component of components) {
      const group = getComponentType(component.type)?.group ?? 'custom';
      const list = byGroup.get(group);
      if (list) list.push(component);
      else byGroup.set(group, [component]);
    }
    return componentGroups
      .filter((group) => byGroup.has(group.id))
      .map((group) => ({ group, components: byGroup.get(group.id)! }));
  }, [components]);

  return (
    <section className="cs-feature-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('components.heading')}</h3>
      <div className="cs-table-wrap">
        <table className="cs-table cs-feature-fixed cs-landscape__table">
          <colgroup>
            <col style={{ width: '23%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '9%' }} />
            <col style={{ width: '14%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('components.column.name')}</th>
              <th scope="col">{t('components.column.type')}</th>
              <th scope="col">{t('components.column.owner')}</th>
              <th scope="col">{t('components.column.product')}</th>
              <th scope="col" className="cs-num">
                {t('components.column.interactions')}
              </th>
              <th scope="col">{t('components.column.sensitivity')}</th>
            </tr>
          </thead>
          {groups.map(({ group, components: members }) => (
            <tbody key={group.id}>
              <tr className="cs-landscape__group-row">
                <th scope="rowgroup" colSpan={6}>
                  {t(`group.${group.id}`)}
                  <span className="cs-muted"> · {members.length}</span>
                </th>
              </tr>
              {members.map((component) => {
                const type = getComponentType(component.type);
                const typeLabel = component.type === 'custom' && component.customType ? component.customType : t(`catalog:componentType.${component.type}`);
                return (
                  <tr key={component.id}>
                    <th scope="row" className="cs-landscape__component-name">
                      <span className="cs-landscape__component-cell">
                        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="cs-landscape__mini-icon">
                          {type ? <path d={type.iconPath} fill={type.colour} /> : <rect x="3" y="3" width="18" height="18" rx="4" fill="#6b7283" />}
                        </svg>
                        <Ellipsis text={component.name} />
                      </span>
                    </th>
                    <td>
                      <Ellipsis text={typeLabel} />
                    </td>
                    <td>{component.ownerAgency ? <Ellipsis text={component.ownerAgency} /> : <span className="cs-muted">{t('none')}</span>}</td>
                    <td>{component.product ? <Ellipsis text={component.product} /> : <span className="cs-muted">{t('none')}</span>}</td>
                    <td className="cs-num">{facts.componentInteractionCount.get(component.id) ?? 0}</td>
                    <td>
                      <SensitivityBadge level={facts.componentSensitivity.get(component.id) ?? 'none'} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
