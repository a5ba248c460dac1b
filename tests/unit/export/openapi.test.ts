// The OpenAPI export: exactly the operations a scenario uses, with the components they reach and
// their callbacks, valid OpenAPI 3.1 (checked with @seriousme/openapi-schema-validator); relative
// references of a contract imported from a folder are resolved into the one document.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportProject } from '../../../models/export';
import type { ApiContract, Interaction, Project } from '../../../models/project/types';
import { contractFromFiles } from '../../../models/contracts/importContract';
import { repoRoot, sampleProject } from './fixtures';

const dciFolder = path.resolve(repoRoot, '..', 'shared', 'conformance', 'spdci-standards', 'src');

/** Every YAML file of a folder, by path relative to it (as a folder import reads them). */
function readFolder(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

async function openapi(project: Project, scenarioId?: string) {
  const [file] = await exportProject(project, 'openapi', scenarioId ? { scenarioId } : {});
  return parse(file!.text!) as Record<string, any>;
}

async function assertValid(document: unknown) {
  const result = await new Validator().validate(document as Parameters<Validator["validate"]>[0]);
  expect(result, JSON.stringify(result.errors)).toMatchObject({ valid: true });
}

/** Every local reference points at something in the document. */
function assertRefsResolve(doc: Record<string, any>) {
  const refs = JSON.stringify(doc).match(/"\$ref":"#\/[^"]+"/g) ?? [];
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) {
    const pointer = ref.slice(9, -1).split('/').slice(1);
    let node: any = doc;
    for (const seg of pointer) node = node?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    expect(node, ref).toBeDefined();
  }
}

const operationsOf = (doc: Record<string, any>) =>
  Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, item]) =>
    Object.keys(item)
      .filter((k) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(k))
      .map((m) => `${m.toUpperCase()} ${p}`),
  );

describe('OpenAPI export', () => {
  it('holds exactly the operations of the scenario, with callbacks, and validates', async () => {
    const doc = await openapi(sampleProject(), 'register-child');
    await assertValid(doc);
    expect(doc.openapi).toBe('3.1.0');
    expect(operationsOf(doc).sort()).toEqual(['POST /registry/search', 'POST /registry/subscribe']);
    expect(Object.keys(doc.paths['/registry/search'].post.callbacks ?? {})).not.toHaveLength(0);
    assertRefsResolve(doc);
  });

  it('merges the operations of two contracts for the whole project and validates', async () => {
    const doc = await openapi(sampleProject());
    await assertValid(doc);
    const ops = operationsOf(doc);
    expect(ops).toContain('POST /disburse');
    expect(ops).toContain('POST /registry/search');
    // Operations no interaction uses stay out.
    const used = sampleProject().interactions.filter((i) => i.apiOperation).length;
    expect(ops.length).toBeLessThanOrEqual(used);
    // Two contracts: each path keeps its own servers.
    expect(doc.paths['/disburse'].servers[0].url).toContain('g2p-bridge');
  });

  it('resolves relative references of a folder contract and renames clashing components', async () => {
    const project = sampleProject();
    const folder: ApiContract = {
      id: 'folder-api',
      name: 'Folder API',
      version: '2.0.0',
      format: 'yaml',
      sourceName: 'api/openapi.yaml',
      source: [
        'openapi: 3.1.0',
        'info: { title: Folder, version: 2.0.0 }',
        'paths:',
        '  /people/{id}:',
        '    parameters:',
        '      - { name: id, in: path, required: true, schema: { type: string } }',
        '    get:',
        '      operationId: getPerson',
        '      responses:',
        "        '200':",
        '          description: The person',
        '          content:',
        '            application/json:',
        "              schema: { $ref: '../common/person.yaml#/Person' }",
        '        default:',
        '          description: An error',
        '          content:',
        '            application/json:',
        "              schema: { $ref: '#/components/schemas/Error' }",
        '  /unused:',
        '    get:',
        '      operationId: unused',
        "      responses: { '204': { description: nothing } }",
        'components:',
        '  schemas:',
        // Same name as a schema of the sample's registry contract, different definition.
        '    Error: { type: object, properties: { folderCode: { type: string } } }',
        '    Unused: { type: string }',
      ].join('\n'),
      files: [{ path: 'common/person.yaml', text: 'Person:\n  type: object\n  properties:\n    name: { type: string }\n    address: { $ref: "#/Address" }\nAddress:\n  type: object\n  properties:\n    city: { type: string }\n' }],
    };
    project.apiContracts.push(folder);
    const interaction: Interaction = {
      id: 'mis-reads-person',
      name: 'Read a person',
      from: 'child-grant-mis',
      to: 'social-registry',
      pattern: 'sync_request_response',
      operationKind: 'read',
      protocol: 'rest',
      dataElements: [],
      security: {},
      apiOperation: { contractId: 'folder-api', operationId: 'getPerson' },
    };
    project.interactions.push(interaction);
    project.scenarios[0]!.steps[0]!.interactionIds = ['mis-reads-person'];
    const doc = await openapi(project, project.scenarios[0]!.id);
    await assertValid(doc);
    const schema = doc.paths['/people/{id}'].get.responses['200'].content['application/json'].schema;
    expect(schema.properties.address.properties.city.type).toBe('string');
    expect(doc.paths['/people/{id}'].parameters[0].name).toBe('id');
    expect(operationsOf(doc)).not.toContain('GET /unused');
    expect(doc.components?.schemas?.Unused).toBeUndefined();
    // Both contracts define Error differently: the first contract (by id) keeps the name, the
    // second's is renamed and its references follow.
    expect(doc.paths['/people/{id}'].get.responses.default.content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(doc.components.schemas.Error.properties.folderCode.type).toBe('string');
    expect(doc.components.schemas['registry-api_Error'].properties.folderCode).toBeUndefined();
    expect(JSON.stringify(doc)).toContain('"$ref":"#/components/schemas/registry-api_Error"');
    assertRefsResolve(doc);
  });

  it('a real DCI folder contract (OpenAPI 3.0, relative $refs) sharing paths with another contract goes to its own valid document', async () => {
    const project = sampleProject();
    const imported = contractFromFiles(project, 'registry/social_api_v1.0.0.yaml', readFolder(dciFolder), { folder: true });
    if (!imported.ok) throw new Error(imported.error.message);
    const dci = imported.imported.contract;
    project.apiContracts.push(dci);
    // The registry contract's /registry/search stays used by the birth-record search; a second
    // interaction searches the DCI social registry on the same path of another server.
    project.interactions.push({
      id: 'mis-searches-dci-registry',
      name: 'Search the DCI social registry',
      from: 'child-grant-mis',
      to: 'social-registry',
      pattern: 'async_request_callback',
      operationKind: 'read',
      protocol: 'rest',
      dataElements: [],
      security: {},
      apiOperation: { contractId: dci.id, method: 'POST', path: '/registry/search' },
    });
    const files = await exportProject(project, 'openapi');
    expect(files.map((f) => f.name)).toEqual(['child-grant-registration-eligibility-and-payment.openapi.yaml', `child-grant-registration-eligibility-and-payment.${dci.id}.openapi.yaml`]);
    const [main, dciDoc] = files.map((f) => parse(f.text!) as Record<string, any>);
    await assertValid(main);
    await assertValid(dciDoc);
    assertRefsResolve(dciDoc!);
    expect(operationsOf(dciDoc!)).toEqual(['POST /registry/search']);
    expect(main!.paths['/registry/search'].post.operationId).toBe('search');
    // The relative references into ../extensions and the common schemas are inside the document now.
    expect(JSON.stringify(dciDoc)).not.toMatch(/"\$ref":"\.\.?\//);
    expect(dciDoc!.openapi).toBe('3.1.0');
  });

  it('turns OpenAPI 3.0 schema keywords into their 3.1 meaning', async () => {
    const project = sampleProject();
    project.apiContracts.push({
      id: 'old-api',
      name: 'Old API',
      version: '1',
      format: 'yaml',
      source: [
        'openapi: 3.0.3',
        'info: { title: Old, version: "1" }',
        'paths:',
        '  /amounts:',
        '    get:',
        '      operationId: amounts',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            application/json:',
        '              schema:',
        '                type: object',
        '                properties:',
        '                  nullable: { type: string, nullable: true }',
        '                  amount: { type: number, minimum: 0, exclusiveMinimum: true }',
        '                  cap: { type: number, maximum: 10, exclusiveMaximum: false }',
      ].join('\n'),
    });
    project.interactions[0]!.apiOperation = { contractId: 'old-api', operationId: 'amounts' };
    const [file] = await exportProject(project, 'openapi');
    const doc = parse(file!.text!) as Record<string, any>;
    await assertValid(doc);
    const props = doc.paths['/amounts'].get.responses['200'].content['application/json'].schema.properties;
    expect(props.nullable).toEqual({ type: ['string', 'null'] });
    expect(props.amount).toEqual({ type: 'number', exclusiveMinimum: 0 });
    expect(props.cap).toEqual({ type: 'number', maximum: 10 });
  });
});
