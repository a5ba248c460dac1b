// An OpenAPI 3.1 skeleton for an interaction that has no contract yet: a path from the
// interaction's name and operation kind, request and response schemas from the data elements it
// carries (typed from the dictionary), and optionally the DCI message envelope (signature,
// header, message) with an `on-` callback for asynchronous patterns.

import { stringify } from 'yaml';
import { getInteractionPattern } from '../catalog';
import { slugify } from '../project/ids';
import type { DataElement, DataType, Interaction, Project } from '../project/types';

export interface SkeletonOptions {
  dciEnvelope: boolean;
}

type Schema = Record<string, unknown>;

const TYPE_SCHEMA: Record<DataType, Schema> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  code: { type: 'string' },
  identifier: { type: 'string' },
  object: { type: 'object' },
};

const METHOD_OF_KIND: Record<Interaction['operationKind'], string> = {
  read: 'post',
  create: 'post',
  update: 'put',
  delete: 'delete',
  notify: 'post',
  verify: 'post',
};

const ACTION_OF_KIND: Record<Interaction['operationKind'], string> = {
  read: 'search',
  create: 'create',
  update: 'update',
  delete: 'delete',
  notify: 'notify',
  verify: 'verify',
};

/** A property name for an element: the last segment of its id ("person.birth_date" -> "birth_date"). */
function propertyName(element: DataElement): string {
  return (element.id.split('.').pop() ?? element.id).replace(/[^A-Za-z0-9_]/g, '_');
}

function elementSchema(element: DataElement, project: Project): Schema {
  const schema: Schema = { ...TYPE_SCHEMA[element.type] };
  if (element.definition) schema.description = element.definition;
  if (element.codeListId) {
    const list = project.codeLists.find((c) => c.id === element.codeListId);
    if (list && list.values.length > 0) schema.enum = list.values.map((v) => v.code);
  }
  if (element.example) schema.examples = [element.example];
  return schema;
}

function payloadSchema(interaction: Interaction, project: Project, direction: 'request' | 'response'): Schema {
  const properties: Record<string, Schema> = {};
  for (const carried of interaction.dataElements) {
    if (carried.direction !== direction) continue;
    const element = project.dataElements.find((e) => e.id === carried.elementId);
    if (element) properties[propertyName(element)] = elementSchema(element, project);
  }
  return { type: 'object', properties };
}

function envelope(messageRef: string): Schema {
  return {
    type: 'object',
    required: ['header', 'message'],
    properties: {
      signature: { $ref: '#/components/schemas/MsgSignature' },
      header: { $ref: '#/components/schemas/MsgHeader' },
      message: { $ref: messageRef },
    },
  };
}

const DCI_COMPONENTS: Record<string, Schema> = {
  MsgSignature: {
    type: 'string',
    description: 'Signature of the {header}.{message} parts, as the DCI envelope specifies.',
  },
  MsgHeader: {
    type: 'object',
    required: ['message_id', 'message_ts', 'action', 'sender_id'],
    properties: {
      version: { type: 'string', examples: ['1.0.0'] },
      message_id: { type: 'string' },
      message_ts: { type: 'string', format: 'date-time' },
      action: { type: 'string' },
      sender_id: { type: 'string' },
      sender_uri: { type: 'string', format: 'uri' },
      receiver_id: { type: 'string' },
      total_count: { type: 'integer' },
    },
  },
  Ack: {
    type: 'object',
    properties: {
      message: {
        type: 'object',
        properties: {
          ack_status: { type: 'string', enum: ['ACK', 'NACK', 'ERR'] },
          timestamp: { type: 'string', format: 'date-time' },
          correlation_id: { type: 'string' },
        },
      },
    },
  },
};

/** The skeleton as an OpenAPI 3.1 document object. */
export function buildSkeleton(project: Project, interaction: Interaction, options: SkeletonOptions): Record<string, unknown> {
  const provider = project.components.find((c) => c.id === interaction.to);
  const resource = slugify(provider?.name ?? interaction.to);
  const action = ACTION_OF_KIND[interaction.operationKind];
  const method = METHOD_OF_KIND[interaction.operationKind];
  const path = `/${resource}/${action}`;
  const operationId = `${slugify(interaction.name).replace(/-/g, '_')}`;
  const async = getInteractionPattern(interaction.pattern)?.timing === 'async';
  const requestName = `${pascal(interaction.name)}Request`;
  const responseName = `${pascal(interaction.name)}Response`;
  const schemas: Record<string, Schema> = {
    [requestName]: payloadSchema(interaction, project, 'request'),
    [responseName]: payloadSchema(interaction, project, 'response'),
  };
  if (options.dciEnvelope) Object.assign(schemas, DCI_COMPONENTS);
  const wrap = (name: string): Schema => (options.dciEnvelope ? envelope(`#/components/schemas/${name}`) : { $ref: `#/components/schemas/${name}` });
  const json = (schema: Schema) => ({ 'application/json': { schema } });

  const operation: Record<string, unknown> = {
    operationId,
    summary: interaction.name,
    ...(interaction.purpose ? { description: interaction.purpose } : {}),
    requestBody: { required: true, content: json(wrap(requestName)) },
  };
  if (async) {
    operation.responses = {
      '202': { description: 'Accepted: the result follows on the callback.', content: json(options.dciEnvelope ? { $ref: '#/components/schemas/Ack' } : { type: 'object' }) },
    };
    operation.callbacks = {
      [`on-${action}`]: {
        [`{$request.body#/header/sender_uri}/on-${action}`]: {
          post: {
            operationId: `on_${operationId}`,
            summary: `Result of ${interaction.name}`,
            requestBody: { required: true, content: json(wrap(responseName)) },
            responses: { '200': { description: 'Received.' } },
          },
        },
      },
    };
  } else {
    operation.responses = { '200': { description: 'The result.', content: json(wrap(responseName)) } };
  }
  return {
    openapi: '3.1.0',
    info: { title: `${interaction.name} API`, version: '0.1.0', description: `Generated from the interaction “${interaction.name}” as a starting point.` },
    servers: [{ url: `https://${resource}.example.org/api` }],
    paths: { [path]: { [method]: operation } },
    components: { schemas },
  };
}

function pascal(text: string): string {
  return slugify(text)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function skeletonYaml(project: Project, interaction: Interaction, options: SkeletonOptions): string {
  return stringify(buildSkeleton(project, interaction, options), { lineWidth: 0, aliasDuplicateObjects: false });
}
