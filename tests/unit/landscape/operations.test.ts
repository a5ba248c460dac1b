import { describe, expect, it } from 'vitest';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import type { Project } from '../../../models/project/types';
import { validateProject } from '../../../models/validation';
import {
  addComponent,
  applyPositions,
  connectComponents,
  deleteElements,
  freeSpot,
  moveComponents,
  patternDefaults,
  planDeletion,
  updateComponent,
  updateInteraction,
} from '../../../models/landscape/operations';
import { smallProject } from '../models/fixtures';
import { componentSector, defaultSector } from '../../../models/catalog';

/** The result still opens under the strict schema (no stray or empty fields). */
function expectValidFile(project: Project): void {
  const opened = openProjectText(serializeProject(project));
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
}

describe('addComponent', () => {
  it('adds a component of a catalogue type at a rounded position with a unique slug id', () => {
    const base = smallProject();
    const first = addComponent(base, { type: 'social_registry', position: { x: 10.4, y: 20.6 } });
    expect(first.id).toBe('social-registry');
    const added = first.project.components.at(-1)!;
    expect(added).toMatchObject({ id: 'social-registry', name: 'Social registry', type: 'social_registry', position: { x: 10, y: 21 } });
    const second = addComponent(first.project, { type: 'social_registry', position: { x: 0, y: 0 } });
    expect(second.id).toBe('social-registry-2');
    expect(base.components).toHaveLength(3);
    expectValidFile(second.project);
  });

  it('names custom and unknown types without crashing', () => {
    const custom = addComponent(smallProject(), { type: 'custom', position: { x: 0, y: 0 } });
    expect(custom.project.components.at(-1)!.name).toBe('Custom system');
    const unknown = addComponent(smallProject(), { type: 'no_such_type', position: { x: 0, y: 0 }, name: 'Old system' });
    expect(unknown.project.components.at(-1)).toMatchObject({ id: 'old-system', type: 'no_such_type' });
  });
});

describe('freeSpot', () => {
  it('keeps a free position and moves off an occupied one to the nearest free place', () => {
    const base = smallProject();
    base.components[0]!.position = { x: 0, y: 0 };
    expect(freeSpot(base, { x: 500, y: 0 })).toEqual({ x: 500, y: 0 });
    const spot = freeSpot(base, { x: 10, y: 10 });
    expect(Math.abs(spot.x) >= 236 + 24 || Math.abs(spot.y) >= 88 + 24).toBe(true);
    expect(Math.hypot(spot.x - 10, spot.y - 10)).toBeLessThan(300);
  });
});

describe('connectComponents', () => {
  it('creates an interaction with the pattern defaults', () => {
    const { project, id } = connectComponents(smallProject(), { from: 'sr', to: 'crvs', pattern: 'publish_subscribe_broker' });
    expect(id).toBe('sr-to-crvs');
    expect(project.interactions.at(-1)).toEqual({
      id: 'sr-to-crvs',
      name: 'Social registry → Civil registry',
      from: 'sr',
      to: 'crvs',
      pattern: 'publish_subscribe_broker',
      operationKind: 'notify',
      protocol: 'message_queue',
      dataElements: [],
      security: { encryptionInTransit: true },
    });
    // The new interaction adds no error (the small project's own data-protection gaps are not its doing).
    expect(validateProject(project).filter((p) => p.severity === 'error' && p.target?.id === 'sr-to-crvs')).toEqual([]);
    const again = connectComponents(project, { from: 'sr', to: 'crvs' });
    expect(again.id).toBe('sr-to-crvs-2');
    expect(again.project.interactions.at(-1)!.pattern).toBe('sync_request_response');
  });

  it('refuses an endpoint that does not exist', () => {
    const base = smallProject();
    const result = connectComponents(base, { from: 'sr', to: 'ghost' });
    expect(result).toEqual({ project: base, id: null });
  });

  it('has defaults for every pattern kind', () => {
    expect(patternDefaults('batch_file_exchange')).toEqual({ operationKind: 'create', protocol: 'sftp_file' });
    expect(patternDefaults('verification_yes_no').operationKind).toBe('verify');
    expect(patternDefaults('unknown').operationKind).toBe('read');
  });
});

describe('updateComponent and updateInteraction', () => {
  it('changes fields, drops emptied optional ones and keeps the id', () => {
    const base = smallProject();
    const withOwner = updateComponent(base, 'sr', { ownerAgency: 'Ministry', product: 'OpenSPP' });
    expect(withOwner.components[1]).toMatchObject({ id: 'sr', ownerAgency: 'Ministry', product: 'OpenSPP' });
    const cleared = updateComponent(withOwner, 'sr', { ownerAgency: '' });
    expect('ownerAgency' in cleared.components[1]!).toBe(false);
    expect(updateComponent(base, 'ghost', { name: 'x' })).toBe(base);
    expect(updateComponent(base, 'sr', { name: '' }).components[1]!.name).toBe('Social registry');
    const fromCustom = updateComponent(updateComponent(base, 'sr', { type: 'custom', customType: 'Farm list' }), 'sr', { type: 'crvs' });
    expect(fromCustom.components[1]!.customType).toBeUndefined();
    expectValidFile(cleared);
  });

  it('updates interaction fields and refuses dangling endpoints', () => {
    const base = smallProject();
    const next = updateInteraction(base, 'mis-reports', {
      purpose: 'Statistics',
      legalBasis: 'public_task',
      security: { authentication: 'mtls', dpiaReference: '' },
      apiOperation: { contractId: 'sr-api', method: 'post', path: '/x', operationId: '' },
    });
    const changed = next.interactions.find((i) => i.id === 'mis-reports')!;
    expect(changed).toMatchObject({ purpose: 'Statistics', legalBasis: 'public_task', security: { authentication: 'mtls' } });
    expect(changed.apiOperation).toEqual({ contractId: 'sr-api', method: 'post', path: '/x' });
    expectValidFile(next);
    expect(updateInteraction(base, 'mis-reports', { to: 'ghost' })).toBe(base);
    expect(updateInteraction(base, 'ghost', { name: 'x' })).toBe(base);
  });

  it('sets and clears a component sector (schema 3); cleared means the default of the type', () => {
    const base = smallProject();
    const privateSr = updateComponent(base, 'sr', { sector: 'private' });
    expect(privateSr.components[1]!.sector).toBe('private');
    expect(componentSector(privateSr.components[1]!)).toBe('private');
    expectValidFile(privateSr);
    const cleared = updateComponent(privateSr, 'sr', { sector: undefined });
    expect('sector' in cleared.components[1]!).toBe(false);
    expect(componentSector(cleared.components[1]!)).toBe(defaultSector(cleared.components[1]!.type));
    expectValidFile(cleared);
  });

  it('records retention and the three states of cross-border transfer (schema 3)', () => {
    const base = smallProject();
    const abroad = updateInteraction(base, 'mis-reports', { retention: '7 years after exit', crossBorder: true });
    expect(abroad.interactions.find((i) => i.id === 'mis-reports')).toMatchObject({ retention: '7 years after exit', crossBorder: true });
    expectValidFile(abroad);
    // "No" is a recorded answer and stays in the file; "not recorded" removes the field.
    const stays = updateInteraction(abroad, 'mis-reports', { crossBorder: false });
    expect(stays.interactions.find((i) => i.id === 'mis-reports')!.crossBorder).toBe(false);
    const unknown = updateInteraction(stays, 'mis-reports', { crossBorder: undefined, retention: '' });
    const cleared = unknown.interactions.find((i) => i.id === 'mis-reports')!;
    expect('crossBorder' in cleared).toBe(false);
    expect('retention' in cleared).toBe(false);
    expectValidFile(unknown);
  });
});

describe('deleteElements', () => {
  it('removes the components with the interactions that would dangle and names the cascade', () => {
    const base = smallProject();
    const plan = planDeletion(base, ['sr']);
    expect(plan.components.map((c) => c.id)).toEqual(['sr']);
    expect(plan.cascaded.map((i) => i.id)).toEqual(['mis-searches-sr', 'mis-reports']);
    const { project, removed } = deleteElements(base, ['sr']);
    expect(removed.cascaded.map((i) => i.id)).toEqual(['mis-searches-sr', 'mis-reports']);
    expect(project.components.map((c) => c.id)).toEqual(['mis', 'crvs']);
    expect(project.interactions.map((i) => i.id)).toEqual(['crvs-notifies-mis']);
    // The scenario step no longer names the removed interaction.
    expect(project.scenarios[0]!.steps[0]!.interactionIds).toEqual([]);
    expect(validateProject(project).filter((p) => p.message.includes('mis-searches-sr'))).toEqual([]);
  });

  it('deletes chosen interactions alone without a cascade, and nothing for unknown ids', () => {
    const base = smallProject();
    const { project, removed } = deleteElements(base, [], ['crvs-notifies-mis']);
    expect(removed.cascaded).toEqual([]);
    expect(project.interactions.map((i) => i.id)).toEqual(['mis-searches-sr', 'mis-reports']);
    expect(project.components).toBe(base.components);
    expect(deleteElements(base, ['ghost']).project).toBe(base);
  });
});

describe('applyPositions and moveComponents', () => {
  it('stores rounded positions, ignores unknown ids and non-numbers, and reports no change as the same project', () => {
    const base = smallProject();
    const placed = applyPositions(base, new Map([['sr', { x: 10.2, y: 5.7 }], ['ghost', { x: 1, y: 1 }], ['mis', { x: Number.NaN, y: 0 }]]));
    expect(placed.components.find((c) => c.id === 'sr')!.position).toEqual({ x: 10, y: 6 });
    expect(placed.components.find((c) => c.id === 'mis')!.position).toBeUndefined();
    expect(applyPositions(placed, new Map([['sr', { x: 10, y: 6 }]]))).toBe(placed);
    const moved = moveComponents(placed, ['sr', 'crvs'], { x: 16, y: -16 }, new Map([['crvs', { x: 100, y: 100 }]]));
    expect(moved.components.find((c) => c.id === 'sr')!.position).toEqual({ x: 26, y: -10 });
    expect(moved.components.find((c) => c.id === 'crvs')!.position).toEqual({ x: 116, y: 84 });
  });
});
