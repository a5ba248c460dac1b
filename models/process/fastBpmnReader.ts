// A faster reader of BPMN XML into the same tree bpmn-moddle builds, for the validation.
//
// bpmn-moddle spends most of a parse making elements: each gets three Object.defineProperty
// calls ($type, $attrs, $parent) and every property set goes through another, which leaves
// objects V8 keeps in slow dictionary mode; on the large benchmark project (200 processes,
// 21.9 MB) that was 2 s of a 2.7 s validation, and the lint walk over those objects paid again.
// This reader tokenises with the same saxen parser, maps elements and attributes to properties
// with the same rules as moddle-xml's reader (read from the same BpmnModdle's descriptors), and
// makes elements whose prototype is moddle's own type prototype ($instanceOf, $descriptor, get,
// set and default values all come from there) with plain own properties.
//
// It only reads documents moddle-xml reads without a single warning or error. Anything else
// (an unknown element or attribute in a known namespace, an unresolved or duplicate id, text
// where none belongs, an XML error, a non-UTF-8 preamble) makes it give up and return null, and the caller reads the document with
// bpmn-moddle, so warnings and errors are always bpmn-moddle's own.
//
// Differences a reader of the tree could see, none of which the validation reads: `$parent`,
// `$type` (on the prototype) and references are enumerable here, and `$attrs` is made on first
// use. Generic (extension) elements are made by moddle's own createAny.
// tests/unit/process/fastBpmnReader.test.ts compares both trees on real and generated files.

import { coerceType, isSimpleType, parseNameNS } from 'moddle';
import { decode, Parser } from 'saxen';
import { attributeValue, OutsideSubset, scanXml, type ScanHandlers, type ScannedNode } from './xmlScanner';
import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';

interface PropertyDesc {
  name: string;
  type: string;
  isAttr?: boolean;
  isReference?: boolean;
  isMany?: boolean;
  isVirtual?: boolean;
  isAttribute?: boolean;
  ns: { name: string };
  xml?: { serialize?: string };
}

interface TypeDescriptor {
  name: string;
  allTypesByName: Record<string, unknown>;
  ns: { prefix: string; name: string };
  properties: PropertyDesc[];
  propertiesByName: Record<string, PropertyDesc | undefined>;
  bodyProperty?: PropertyDesc;
  idProperty?: PropertyDesc;
}

interface ModdleType {
  $descriptor: TypeDescriptor;
  prototype: object;
  hasType(type: string): boolean;
}

interface PackageInfo {
  prefix: string;
  uri: string;
  xml?: { tagAlias?: string; typePrefix?: string };
}

/** The parts of moddle's registry the reader asks; BpmnModdle has them, its typing does not list them. */
interface ModdleRegistry {
  getType(name: string): ModdleType | undefined;
  createAny(name: string, uri: string | undefined, attributes: Record<string, string>): Element;
  getPackage(prefix: string | undefined): PackageInfo | undefined;
  getPackages(): PackageInfo[];
}

/** Thrown inside saxen's callbacks to stop at the first thing only bpmn-moddle should judge. */
class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

type Element = ModdleElement & Record<string, unknown>;

type ElementMaker = new (parent: Element | undefined) => Element;

/** A reference read by id, resolved to its element once the whole document is read (as moddle-xml does). */
interface PendingReference {
  property: string;
  id: string;
  element: Element;
}

type Frame =
  | { kind: 'element'; element: Element; type: ModdleType; body: string | undefined }
  | { kind: 'generic'; element: Element; body: string | undefined }
  | { kind: 'value'; element: Element; property: PropertyDesc; body: string | undefined }
  | { kind: 'reference'; pending: PendingReference; body: string | undefined };

const QNAME_ID = /^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i;
const XML_PREAMBLE = /^<\?xml /i;
const ENCODING = / encoding="([^"]+)"/i;
const UTF_8 = /^utf-8$/i;

const DEFAULT_NS_MAP: Record<string, string> = {
  'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** What the reader derives from one BpmnModdle's descriptors, computed once per model. */
class ReaderModel {
  readonly uriMap: Record<string, string>;
  private readonly makers = new Map<ModdleType, ElementMaker>();
  private readonly typesByName = new Map<string, ModdleType | null>();
  /** Per parent type: child element name → [property, effective type name] (moddle-xml's getPropertyForNode, minus xsi:type). */
  private readonly childProperties = new Map<ModdleType, Map<string, { property: PropertyDesc; effectiveType?: string } | null>>();

  constructor(readonly registry: ModdleRegistry) {
    const uriMap: Record<string, string> = { ...DEFAULT_NS_MAP };
    for (const pkg of registry.getPackages()) uriMap[pkg.uri] = pkg.prefix;
    this.uriMap = uriMap;
  }

  type(name: string): ModdleType | undefined {
    let type = this.typesByName.get(name);
    if (type === undefined) {
      type = this.registry.getType(name) ?? null;
      this.typesByName.set(name, type);
    }
    return type ?? undefined;
  }

  /** A constructor of plain objects that inherit everything from moddle's prototype of the type. */
  maker(type: ModdleType): ElementMaker {
    let maker = this.makers.get(type);
    if (!maker) {
      const prototype = Object.create(type.prototype) as object;
      Object.defineProperty(prototype, '$type', { value: type.$descriptor.ns.name, enumerable: true });
      // moddle's $instanceOf finds the descriptor through the element on every call; the lint
      // asks it for every element and rule, so answer from this type's own table.
      const allTypes = type.$descriptor.allTypesByName;
      const inherited = (type.prototype as { $instanceOf: (element: unknown, type?: string) => boolean }).$instanceOf;
      Object.defineProperty(prototype, '$instanceOf', {
        value(this: Element, element: unknown, typeName?: string): boolean {
          return typeName === undefined ? (element as string) in allTypes : inherited.call(this, element, typeName);
        },
      });
      // Most elements never have an $attrs entry; make the object when something asks for it.
      Object.defineProperty(prototype, '$attrs', {
        configurable: true,
        get(this: object) {
          const attrs: Record<string, unknown> = {};
          Object.defineProperty(this, '$attrs', { value: attrs });
          return attrs;
        },
      });
      const Maker = function (this: Element, parent: Element | undefined) {
        this.$parent = parent;
      } as unknown as ElementMaker;
      Maker.prototype = prototype;
      maker = Maker;
      this.makers.set(type, maker);
    }
    return maker;
  }

  /** The property a child element goes into, as moddle-xml decides it (by name first, then by type). */
  childProperty(parent: ModdleType, name: string): { property: PropertyDesc; effectiveType?: string } | null {
    let byName = this.childProperties.get(parent);
    if (!byName) {
      byName = new Map();
      this.childProperties.set(parent, byName);
    }
    let found = byName.get(name);
    if (found !== undefined) return found;
    found = null;
    const nameNs = parseNameNS(name);
    const descriptor = parent.$descriptor;
    const byPropertyName = descriptor.propertiesByName[nameNs.name];
    if (byPropertyName && !byPropertyName.isAttr) {
      found = { property: byPropertyName };
    } else {
      const pkg = this.registry.getPackage(nameNs.prefix);
      if (pkg) {
        // A type of a known package goes into the first containment property of a type it is.
        const elementType = this.type(aliasToName(nameNs, pkg));
        if (!elementType) return null;
        const property = descriptor.properties.find(
          (p) => !p.isVirtual && !p.isReference && !p.isAttribute && elementType.hasType(p.type),
        );
        if (property) found = { property, effectiveType: elementType.$descriptor.name };
      } else {
        // An element of a namespace no package describes (an extension): generic, kept in the
        // first containment property that takes any element (extensionElements' values).
        const property = descriptor.properties.find((p) => !p.isReference && !p.isAttribute && p.type === 'Element');
        if (property) found = { property };
      }
    }
    byName.set(name, found);
    return found;
  }
}

function aliasToName(nameNs: { name: string; prefix: string; localName: string }, pkg: PackageInfo): string {
  if (pkg.xml?.tagAlias !== 'lowerCase') return nameNs.name;
  return `${nameNs.prefix}:${nameNs.localName.charAt(0).toUpperCase()}${nameNs.localName.slice(1)}`;
}

/** moddle-xml's normalizeTypeName: an xsi:type value in the document's prefixes → a type name of the model. */
function normalizeTypeName(value: string, nsMap: Record<string, string>, registry: ModdleRegistry): string {
  const nameNs = parseNameNS(value, nsMap.xmlns);
  const normalized = parseNameNS(`${nsMap[nameNs.prefix ?? ''] || nameNs.prefix}:${nameNs.localName}`);
  const typePrefix = registry.getPackage(normalized.prefix)?.xml?.typePrefix;
  if (typePrefix && normalized.localName.indexOf(typePrefix) === 0) {
    return `${normalized.prefix}:${normalized.localName.slice(typePrefix.length)}`;
  }
  return normalized.name;
}

function collection(element: Element, property: PropertyDesc): unknown[] {
  let values = element[property.name] as unknown[] | undefined;
  if (!Array.isArray(values)) {
    values = [];
    element[property.name] = values;
  }
  return values;
}

const models = new WeakMap<BpmnModdle, ReaderModel>();

function readerModel(moddle: BpmnModdle): ReaderModel {
  let model = models.get(moddle);
  if (!model) {
    model = new ReaderModel(moddle as unknown as ModdleRegistry);
    models.set(moddle, model);
  }
  return model;
}

/** Reports a document's events as saxen does in its proxy, namespace-normalising mode: the scanner, or saxen itself. */
type Tokenizer = (xml: string, uriMap: Record<string, string>, events: ScanHandlers) => void;

/** The general tokenizer: saxen as moddle-xml drives it; its errors and warnings are bpmn-moddle's to report. */
const saxenTokenizer: Tokenizer = (xml, uriMap, events) => {
  const attrs: ScannedNode['attrs'] = { names: [], values: [], length: 0 };
  const tag: ScannedNode = { name: '', originalName: '', attrs, ns: {} };
  new Parser({ proxy: true })
    .ns(uriMap)
    .on('openTag', (node) => {
      // saxen gives false for attributes it could not read, and warns: bpmn-moddle's case.
      const read = node.attrs || giveUp();
      attrs.length = 0;
      for (const name in read) {
        attrs.names[attrs.length] = name;
        attrs.values[attrs.length] = read[name]!;
        attrs.length += 1;
      }
      tag.name = node.name;
      tag.originalName = node.originalName;
      tag.ns = node.ns;
      events.open(tag);
    })
    .on('closeTag', () => events.close())
    .on('text', (text) => events.text(text))
    .on('cdata', (text) => events.cdata(text))
    .on('question', (text) => events.question(text))
    .on('error', giveUp)
    .on('warn', giveUp)
    .parse(xml);
};

const OUTSIDE_SUBSET = Symbol('outside the scanner\'s subset');

/**
 * The bpmn:Definitions tree of `xml`, read the way `moddle.fromXML(xml)` reads it, or null when
 * the document needs bpmn-moddle itself (it would warn, fail, or it is not what was asked for).
 * The fast scanner tokenizes first; a document outside its subset is tokenized again by saxen.
 */
export function readBpmnFast(xml: string, moddle: BpmnModdle, rootTypeName = 'bpmn:Definitions'): ModdleElement | null {
  const model = readerModel(moddle);
  const rootType = model.type(rootTypeName);
  if (!rootType) return null;
  const scanned = buildTree(xml, model, rootType, scanXml);
  return scanned === OUTSIDE_SUBSET ? (buildTree(xml, model, rootType, saxenTokenizer) as Element | null) : scanned;
}

function buildTree(xml: string, model: ReaderModel, rootType: ModdleType, tokenize: Tokenizer): Element | null | typeof OUTSIDE_SUBSET {
  const registry = model.registry;
  const elementsById = new Map<string, Element>();
  const references: PendingReference[] = [];
  const stack: Frame[] = [];
  let root: Element | undefined;

  const createElement = (node: ScannedNode, type: ModdleType, parent: Element | undefined): Element => {
    const Maker = model.maker(type);
    const element = new Maker(parent);
    const descriptor = type.$descriptor;
    const attrs = node.attrs;
    for (let i = 0; i < attrs.length; i++) {
      const name = attrs.names[i]!;
      const value = decode(attrs.values[i]!);
      const property = descriptor.propertiesByName[name];
      if (property?.isReference) {
        if (!property.isMany) {
          references.push({ element, property: property.ns.name, id: value });
        } else {
          // IDREFS, split as moddle-xml splits them.
          for (const id of value.split(' ')) references.push({ element, property: property.ns.name, id });
        }
      } else if (property) {
        element[property.name] = coerceType(property.type, value);
      } else if (name === 'xmlns') {
        (element.$attrs as Record<string, unknown>).xmlns = value;
      } else {
        // bpmn-moddle warns about an unknown attribute in one of its packages' namespaces.
        if (registry.getPackage(parseNameNS(name, descriptor.ns.prefix).prefix)) giveUp();
        (element.$attrs as Record<string, unknown>)[name] = value;
      }
    }
    const idProperty = descriptor.idProperty;
    if (idProperty) {
      const id = element[idProperty.name];
      if (typeof id === 'string' && id !== '') {
        if (!QNAME_ID.test(id) || elementsById.has(id)) giveUp();
        elementsById.set(id, element);
      } else if (id) {
        giveUp();
      }
    }
    return element;
  };

  /** moddle-xml's generic elements: made by moddle's own createAny, rare enough not to matter for speed. */
  const createGeneric = (node: ScannedNode, parent: Element): Element => {
    const attributes: Record<string, string> = {};
    const attrs = node.attrs;
    for (let i = 0; i < attrs.length; i++) attributes[attrs.names[i]!] = decode(attrs.values[i]!);
    const element = registry.createAny(node.name, node.ns[`${parseNameNS(node.name).prefix ?? ''}$uri`], attributes);
    element.$parent = parent;
    return element;
  };

  const openChild = (frame: Frame, node: ScannedNode): Frame => {
    if (frame.kind === 'generic') {
      const element = createGeneric(node, frame.element);
      const children = (frame.element.$children ??= []) as Element[];
      children.push(element);
      return { kind: 'generic', element, body: undefined };
    }
    if (frame.kind !== 'element') return giveUp();
    const parent = frame.element;
    const found = model.childProperty(frame.type, node.name) ?? giveUp();
    const property = found.property;
    let typeName = found.effectiveType ?? property.type;
    const serialization = property.xml?.serialize;
    if (found.effectiveType === undefined && serialization && serialization !== 'property') {
      const declared = attributeValue(node.attrs, serialization);
      if (declared) {
        const type = model.type(normalizeTypeName(decode(declared), node.ns, registry)) ?? giveUp();
        typeName = type.$descriptor.name;
      }
    }
    if (isSimpleType(typeName)) return { kind: 'value', element: parent, property, body: undefined };
    if (property.isReference) {
      const pending: PendingReference = { property: property.ns.name, id: '', element: parent };
      if (property.isMany) collection(parent, property).push(pending);
      else parent[property.name] = pending;
      references.push(pending);
      return { kind: 'reference', pending, body: undefined };
    }
    if (typeName === 'Element') {
      const element = createGeneric(node, parent);
      if (property.isMany) collection(parent, property).push(element);
      else parent[property.name] = element;
      return { kind: 'generic', element, body: undefined };
    }
    const type = model.type(typeName) ?? giveUp();
    const element = createElement(node, type, parent);
    if (property.isMany) collection(parent, property).push(element);
    else parent[property.name] = element;
    return { kind: 'element', element, type, body: undefined };
  };

  const closeFrame = (frame: Frame): void => {
    if (frame.kind === 'generic') {
      if (frame.body) frame.element.$body = frame.body;
    } else if (frame.kind === 'element') {
      const bodyProperty = frame.type.$descriptor.bodyProperty;
      if (bodyProperty && frame.body !== undefined) frame.element[bodyProperty.name] = coerceType(bodyProperty.type, frame.body);
    } else if (frame.kind === 'value') {
      const value = coerceType(frame.property.type, frame.body ?? '');
      if (frame.property.isMany) collection(frame.element, frame.property).push(value);
      else frame.element[frame.property.name] = value;
    } else {
      frame.pending.id = frame.body as string;
    }
  };

  const addText = (text: string): void => {
    // Text outside the root element: bpmn-moddle warns about it.
    const frame = stack[stack.length - 1] ?? giveUp();
    if (frame.kind === 'element' && !frame.type.$descriptor.bodyProperty) giveUp();
    frame.body = (frame.body ?? '') + text;
  };

  const events: ScanHandlers = {
    open(node) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (root) giveUp();
        const nameNs = parseNameNS(node.name);
        const pkg = registry.getPackage(nameNs.prefix);
        if (!rootType.hasType((pkg && aliasToName(nameNs, pkg)) || node.name)) giveUp();
        root = createElement(node, rootType, undefined);
        stack.push({ kind: 'element', element: root, type: rootType, body: undefined });
        return;
      }
      stack.push(openChild(top, node));
    },
    close() {
      const frame = stack.pop();
      if (frame) closeFrame(frame);
    },
    text(raw) {
      const decoded = decode(raw);
      if (decoded.trim()) addText(decoded);
    },
    cdata: (text) => addText(text),
    question(question) {
      if (!XML_PREAMBLE.test(question)) return;
      const encoding = ENCODING.exec(question)?.[1];
      if (encoding && !UTF_8.test(encoding)) giveUp();
    },
  };

  try {
    tokenize(xml, model.uriMap, events);
  } catch (error) {
    if (error instanceof OutsideSubset) return OUTSIDE_SUBSET;
    // GiveUp, or anything else thrown while reading: bpmn-moddle reports it in its own words.
    return null;
  }
  if (!root || stack.length > 0) return null;

  for (const reference of references) {
    const target = elementsById.get(reference.id);
    if (!target) return null;
    const element = reference.element;
    const property = (element.$descriptor as TypeDescriptor).propertiesByName[reference.property]!;
    if (property.isMany) {
      const values = collection(element, property);
      const index = values.indexOf(reference);
      values[index === -1 ? values.length : index] = target;
    } else {
      element[property.name] = target;
    }
  }
  return root;
}
