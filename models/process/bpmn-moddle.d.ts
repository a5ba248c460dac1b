// Types for the part of bpmn-moddle we use (the package ships no declaration for its entry point).

declare module 'bpmn-moddle' {
  /** An element of the BPMN model tree; properties are read by their descriptor names. */
  export interface ModdleElement {
    readonly $type: string;
    $parent?: ModdleElement;
    $attrs?: Record<string, string>;
    id?: string;
    name?: string;
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    [property: string]: unknown;
  }

  /** A problem bpmn-moddle tolerated while reading (lax mode). */
  export interface ModdleWarning extends Error {
    element?: ModdleElement;
    property?: string;
    value?: unknown;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    references: unknown[];
    warnings: ModdleWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ParseResult>;
    fromXML(xml: string, options?: Record<string, unknown>): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
}
