import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyProject } from '../../../models/project/create';
import type { Component, Interaction, Project } from '../../../models/project/types';
import { CLIPBOARD_FORMAT, clipboardText, copySelection, parseClipboard, pasteClipboard } from '../../../models/landscape/clipboard';
import { NOW, smallProject } from '../models/fixtures';

describe('copySelection', () => {
  it('takes the selected components, the interactions among them and the data they carry', () => {
    const payload = copySelection(smallProject(), ['mis', 'sr'])!;
    expect(payload.format).toBe(CLIPBOARD_FORMAT);
    expect(payload.components.map((c) => c.id)).toEqual(['mis', 'sr']);
    expect(payload.interactions.map((i) => i.id)).toEqual(['mis-searches-sr', 'mis-reports']);
    expect(payload.dataElements.map((d) => d.id).sort()).toEqual(['member.is_disabled', 'person.identifier', 'programme.name']);
    expect(copySelection(smallProject(), [])).toBeNull();
  });
});

describe('parseClipboard', () => {
  it('round-trips our payload and rejects other text', () => {
    const payload = copySelection(smallProject(), ['mis'])!;
    expect(parseClipboard(clipboardText(payload))).toEqual(payload);
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"format":"other"}')).toBeNull();
    expect(parseClipboard(JSON.stringify({ ...payload, components: [{ id: 1 }] }))).toBeNull();
    expect(parseClipboard(JSON.stringify({ ...payload, version: 99 }))).toBeNull();
  });
});

describe('pasteClipboard', () => {
  it('pastes into the same project under new ids with endpoints remapped and positions shifted', () => {
    const base = smallProject();
    base.components[0]!.position = { x: 100, y: 50 };
    const payload = copySelection(base, ['mis', 'sr'])!;
    const result = pasteClipboard(base, payload, { x: 40, y: 40 });
    expect(result.componentIds).toEqual(['mis-2', 'sr-2']);
    expect(result.interactionIds).toEqual(['mis-searches-sr-2', 'mis-reports-2']);
    const pasted = result.project.interactions.find((i) => i.id === 'mis-searches-sr-2')!;
    expect([pasted.from, pasted.to]).toEqual(['mis-2', 'sr-2']);
    expect(result.project.components.find((c) => c.id === 'mis-2')!.position).toEqual({ x: 140, y: 90 });
    expect(result.missingDataElements).toEqual([]);
  });

  it('reports the data elements another project lacks', () => {
    const payload = copySelection(smallProject(), ['mis', 'sr'])!;
    const other = createEmptyProject({ name: 'Other', now: NOW });
    const result = pasteClipboard(other, payload);
    expect(result.componentIds).toEqual(['mis', 'sr']);
    expect(result.missingDataElements.map((d) => d.id).sort()).toEqual(['member.is_disabled', 'person.identifier', 'programme.name']);
    expect(result.missingDataElements.find((d) => d.id === 'member.is_disabled')!.name).toBe('Disability flag');
  });

  const idArb = fc.constantFrom('a', 'b', 'c', 'a-2', 'sr', 'mis', 'x-y');
  const projectArb = fc
    .record({
      ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
      edges: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 10 }),
      targetIds: fc.uniqueArray(idArb, { maxLength: 6 }),
      targetInteractionIds: fc.uniqueArray(fc.constantFrom('e0', 'e1', 'e2', 'e0-2'), { maxLength: 4 }),
    })
    .map(({ ids, edges, targetIds, targetInteractionIds }) => {
      const make = (list: string[]): Component[] => list.map((id) => ({ id, name: id, type: 'sp_mis', standards: [] }));
      const interactions: Interaction[] = edges.map(([f, t], index) => ({
        id: `e${index}`,
        name: `e${index}`,
        from: ids[f % ids.length]!,
        to: ids[t % ids.length]!,
        pattern: 'sync_request_response',
        operationKind: 'read',
        protocol: 'rest',
        dataElements: [],
        security: {},
      }));
      const source: Project = { ...createEmptyProject({ name: 'S', now: NOW }), components: make(ids), interactions };
      const targetComponents = make(targetIds);
      const target: Project = {
        ...createEmptyProject({ name: 'T', now: NOW }),
        components: targetComponents,
        interactions: targetInteractionIds.map((id) => ({ ...interactions[0]!, id, from: targetComponents[0]?.id ?? 'a', to: targetComponents[0]?.id ?? 'a' })).filter(() => targetComponents.length > 0),
      };
      return { source, target };
    });

  it('never collides with existing ids and remaps every reference (property)', () => {
    fc.assert(
      fc.property(projectArb, fc.boolean(), ({ source, target }, samePrject) => {
        const into = samePrject ? source : target;
        const payload = parseClipboard(clipboardText(copySelection(source, source.components.map((c) => c.id))!))!;
        const result = pasteClipboard(into, payload);
        const componentIds = result.project.components.map((c) => c.id);
        const interactionIds = result.project.interactions.map((i) => i.id);
        expect(new Set(componentIds).size).toBe(componentIds.length);
        expect(new Set(interactionIds).size).toBe(interactionIds.length);
        expect(result.componentIds).toHaveLength(source.components.length);
        expect(result.interactionIds).toHaveLength(source.interactions.length);
        const fresh = new Set(result.componentIds);
        for (const id of result.componentIds) expect(into.components.some((c) => c.id === id)).toBe(false);
        // Every pasted interaction joins pasted components, mirroring its original's shape.
        result.interactionIds.forEach((id, index) => {
          const pasted = result.project.interactions.find((i) => i.id === id)!;
          const original = source.interactions[index]!;
          expect(fresh.has(pasted.from) && fresh.has(pasted.to)).toBe(true);
          const originalIndex = (cid: string) => source.components.findIndex((c) => c.id === cid);
          expect(result.componentIds[originalIndex(original.from)]).toBe(pasted.from);
          expect(result.componentIds[originalIndex(original.to)]).toBe(pasted.to);
        });
      }),
    );
  });
});
