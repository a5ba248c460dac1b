// The machine-readable bundle: the Specification as JSON, validated by the JSON Schema published
// at schemas/specification-bundle.schema.json. Diagrams are listed by kind, title and file name
// (the SVG files are separate artifacts); Mermaid text stays, it is the diagram's source.

import type { SpecDiagram, Specification } from './types';

export const BUNDLE_FORMAT = 'convergence-studio/specification-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** Where the schema is published, relative to the repository root. */
export const BUNDLE_SCHEMA_PATH = 'schemas/specification-bundle.schema.json';

export interface SpecificationBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_FORMAT_VERSION;
  specification: Specification;
}

const withoutSvg = (d: SpecDiagram): SpecDiagram => {
  const { svg: _svg, ...rest } = d;
  return rest;
};

export function specificationBundle(spec: Specification): SpecificationBundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    specification: {
      ...spec,
      scenarios: spec.scenarios.map((s) => ({ ...s, sequence: s.sequence ? withoutSvg(s.sequence) : null })),
      landscape: { ...spec.landscape, diagram: withoutSvg(spec.landscape.diagram) },
      processes: spec.processes.map((p) => ({ ...p, diagram: withoutSvg(p.diagram) })),
    },
  };
}

export function renderSpecificationJson(spec: Specification): string {
  return `${JSON.stringify(specificationBundle(spec), null, 2)}\n`;
}
