import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyseContract } from '../../../models/contracts/analyse';
import { replacementIssues } from '../../../models/contracts/importContract';
import { linkInteraction, matchScore, operationRef, setMapping, suggestElement } from '../../../models/contracts/mappings';
import { flattenTree } from '../../../models/contracts/schemaTree';
import { buildSkeleton, skeletonYaml } from '../../../models/contracts/skeleton';
import { deleteDataElement } from '../../../models/dictionary/edits';
import { smallProject } from '../models/fixtures';

async function validate(document: unknown) {
  const validator = new Validator();
  const result = await validator.validate(document as Record<string, unknown>);
  return { ...result, version: validator.version };
}

describe('OpenAPI 3.1 skeleton of an interaction', () => {
  it.each([true, false])('validates as OpenAPI 3.1 (DCI envelope %s) for every interaction', async (dciEnvelope) => {
    const project = smallProject();
    for (const interaction of project.interactions) {
      const result = await validate(parse(skeletonYaml(project, interaction, { dciEnvelope })));
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.version).toBe('3.1');
    }
  });

  it('types request and response schemas from the dictionary and adds an on- callback for async patterns', () => {
    const project = smallProject();
    const interaction = { ...project.interactions[0]!, pattern: 'async_request_callback', dataElements: [{ elementId: 'person.sex', direction: 'response' as const }, { elementId: 'person.identifier', direction: 'request' as const }] };
    const doc = buildSkeleton(project, interaction, { dciEnvelope: true }) as { paths: Record<string, Record<string, { callbacks?: object; responses: Record<string, unknown> }>>; components: { schemas: Record<string, { properties?: Record<string, { type?: string; enum?: string[] }> }> } };
    const [path, item] = Object.entries(doc.paths)[0]!;
    expect(path).toMatch(/\/search$/);
    const op = item.post!;
    expect(Object.keys(op.callbacks ?? {})).toEqual(['on-search']);
    expect(Object.keys(op.responses)).toEqual(['202']);
    const response = Object.entries(doc.components.schemas).find(([name]) => name.endsWith('Response'))![1];
    expect(response.properties!.sex).toEqual({ type: 'string', description: 'Administrative sex.', enum: ['male', 'female'] });
    // The generated contract reads back with its callback and the envelope in the tree.
    const text = skeletonYaml(project, interaction, { dciEnvelope: true });
    const read = analyseContract({ entryPath: 'x.yaml', files: [['x.yaml', text]] });
    if (!read.ok) throw new Error('unreadable skeleton');
    expect(read.analysis.operations[0]!.callbacks[0]!.callback).toBe('on-search');
    expect(flattenTree(read.analysis.operations[0]!.request!.tree).map((n) => n.pointer)).toContain('/message/identifier');
  });
});

describe('mapping suggestions', () => {
  const project = smallProject();
  it('suggests by name and type, and not for unrelated names', () => {
    expect(suggestElement({ name: 'sex', type: 'string' }, project.dataElements)?.id).toBe('person.sex');
    expect(suggestElement({ name: 'is_disabled', type: 'boolean' }, project.dataElements)?.id).toBe('member.is_disabled');
    expect(suggestElement({ name: 'programmeName', type: 'string' }, project.dataElements)?.id).toBe('programme.name');
    expect(suggestElement({ name: 'zzz', type: 'string' }, project.dataElements)).toBeUndefined();
    expect(matchScore({ name: 'sex', type: 'boolean' }, project.dataElements[1]!)).toBeLessThan(matchScore({ name: 'sex', type: 'string' }, project.dataElements[1]!));
  });

  it('stores one mapping per property, removes it, and drops mappings of a deleted element', () => {
    const op = { operationId: 'search', method: 'POST', path: '/search' };
    let p = setMapping(project, 'sr-api', op, 'request', '/message/sex', 'person.sex');
    p = setMapping(p, 'sr-api', op, 'request', '/message/sex', 'person.identifier');
    expect(p.apiContracts[0]!.mappings).toEqual([{ operationId: 'search', location: 'request', pointer: '/message/sex', elementId: 'person.identifier' }]);
    expect(setMapping(p, 'sr-api', op, 'request', '/message/sex', null).apiContracts[0]!.mappings).toBeUndefined();
    expect(deleteDataElement(p, 'person.identifier').apiContracts[0]!.mappings).toBeUndefined();
  });
});

describe('replacing a contract with a newer version', () => {
  const v1 = `openapi: 3.1.0
info: {title: SR, version: '1'}
paths:
  /search:
    post:
      operationId: search
      requestBody: {content: {application/json: {schema: {type: object, properties: {sex: {type: string}, name: {type: string}}}}}}
      responses: {'200': {description: ok}}
  /subscribe:
    post:
      operationId: subscribe
      responses: {'200': {description: ok}}
  /status:
    get:
      operationId: status
      responses: {'200': {description: ok}}
`;
  const v2 = `openapi: 3.1.0
info: {title: SR, version: '2'}
paths:
  /v2/search:
    post:
      operationId: search
      requestBody: {content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}}
      responses: {'200': {description: ok}}
  /status:
    get:
      operationId: status
      responses: {'200': {description: ok}}
`;
  it('lists the links whose operation disappeared, moved, or lost a mapped property', () => {
    const ops = (text: string) => {
      const r = analyseContract({ entryPath: 'a.yaml', files: [['a.yaml', text]] });
      if (!r.ok) throw new Error('bad');
      return r.analysis.operations;
    };
    let project = smallProject();
    project = linkInteraction(project, project.interactions[0]!.id, operationRef('sr-api', { operationId: 'search', method: 'POST', path: '/search' }));
    project = linkInteraction(project, project.interactions[1]!.id, operationRef('sr-api', { operationId: 'subscribe', method: 'POST', path: '/subscribe' }));
    project = setMapping(project, 'sr-api', { operationId: 'search', method: 'POST', path: '/search' }, 'request', '/sex', 'person.sex');
    project = setMapping(project, 'sr-api', { operationId: 'search', method: 'POST', path: '/search' }, 'request', '/name', 'programme.name');
    const issues = replacementIssues(project, 'sr-api', ops(v2), ops(v1));
    expect(issues.map((i) => [i.user.kind, i.operation, i.change])).toEqual([
      ['interaction', 'search', 'moved'],
      ['interaction', 'subscribe', 'disappeared'],
      ['mapping', 'search', 'moved'],
      ['mapping', 'search', 'property_gone'],
      ['mapping', 'search', 'moved'],
    ]);
    expect(replacementIssues(project, 'sr-api', ops(v1), ops(v1))).toEqual([]);
  });
});
