import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario } from '../../../models/project/types';
import { buildInteropTable, type InteropRow } from '../../../models/scenario';

/** The interoperability table of the scenario: one row per interaction of each step. */
export function InteropPane({ project, scenario }: { project: Project; scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const rows = useMemo(() => buildInteropTable(project, scenario), [project, scenario]);
  if (rows.length === 0) return <p className="cs-muted" role="status">{t('table.empty')}</p>;

  const security = (row: InteropRow) => {
    const s = row.security;
    if (!s) return '';
    const parts: string[] = [];
    if (s.authentication) parts.push(t(`catalog:authentication.${s.authentication}`, { defaultValue: s.authentication }));
    if (s.encryptionInTransit === true) parts.push(t('table.encrypted'));
    if (s.encryptionInTransit === false) parts.push(t('table.notEncrypted'));
    if (s.signing) parts.push(t('table.signed'));
    if (s.dpiaReference) parts.push(t('table.dpia', { reference: s.dpiaReference }));
    return parts.join('; ');
  };

  return (
    <div className="cs-table-wrap cs-scenarios__interop" tabIndex={0} role="region" aria-label={t('table.region')}>
      <table className="cs-table cs-scenarios__interop-table">
        <caption className="cs-visually-hidden">{t('table.caption', { title: scenario.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.step')}</th>
            <th scope="col">{t('table.initiator')}</th>
            <th scope="col">{t('table.counterpart')}</th>
            <th scope="col">{t('table.description')}</th>
            <th scope="col">{t('table.operationKind')}</th>
            <th scope="col">{t('table.timing')}</th>
            <th scope="col">{t('table.technique')}</th>
            <th scope="col">{t('table.data')}</th>
            <th scope="col">{t('table.api')}</th>
            <th scope="col">{t('table.legalBasis')}</th>
            <th scope="col">{t('table.security')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.stepId}-${row.interactionId ?? index}`}>
              <th scope="row" className="cs-scenarios__interop-step">
                <span className="cs-scenarios__interop-number">{row.stepNumber}</span> {row.stepTitle}
              </th>
              {row.interactionId === undefined ? (
                <td colSpan={10} className="cs-muted">
                  {row.description ? `${t('table.noInteraction')} ${row.description}` : t('table.noInteraction')}
                </td>
              ) : (
                <>
                  <td>{row.initiator?.name}</td>
                  <td>{row.counterpart?.name}</td>
                  <td className="cs-scenarios__interop-description">
                    <strong>{row.interactionName}</strong>
                    {row.description !== row.interactionName ? <span> — {row.description}</span> : null}
                  </td>
                  <td>{row.operationKind ? t(`catalog:operationKind.${row.operationKind}`, { defaultValue: row.operationKindName }) : ''}</td>
                  <td>{row.timing ? t(`timing.${row.timing}`) : ''}</td>
                  <td>
                    {t(`catalog:interactionPattern.${row.pattern}`, { defaultValue: row.patternName })}
                    <br />
                    <span className="cs-muted">{t(`catalog:protocol.${row.protocol}`, { defaultValue: row.protocolName })}</span>
                  </td>
                  <td>
                    {row.dataElements.length === 0 ? (
                      <span className="cs-muted">{t('table.noData')}</span>
                    ) : (
                      <ul className="cs-scenarios__data-list">
                        {row.dataElements.map((element) => (
                          <li key={`${element.direction}-${element.id}`}>
                            <span className="cs-scenarios__direction" title={t(`table.direction.${element.direction}`)}>
                              {element.direction === 'request' ? '→' : '←'}
                            </span>
                            <span className="cs-visually-hidden">{t(`table.direction.${element.direction}`)}: </span>
                            {element.name}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {row.apiOperation ? (
                      <>
                        <code>{[row.apiOperation.method, row.apiOperation.path ?? row.apiOperation.operationId].filter(Boolean).join(' ')}</code>
                        <br />
                        <span className="cs-muted">
                          {row.apiOperation.resolved
                            ? row.apiOperation.contractName
                            : t('table.unresolved', { contract: row.apiOperation.contractName })}
                        </span>
                      </>
                    ) : (
                      <span className="cs-muted">{t('table.noApi')}</span>
                    )}
                  </td>
                  <td>
                    {row.legalBasis ? t(`catalog:legalBasis.${row.legalBasis}`, { defaultValue: row.legalBasisName }) : <span className="cs-muted">{t('table.notGiven')}</span>}
                    {row.legalReference ? (
                      <>
                        <br />
                        <span className="cs-muted">{row.legalReference}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{security(row) || <span className="cs-muted">{t('table.notGiven')}</span>}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
