// A strict, fast tokenizer for the XML that BPMN tools write, reporting exactly what saxen (the
// tokenizer bpmn-moddle uses, in its namespace mode) reports for such documents. It is four
// times faster than saxen on laid-out BPMN because it handles only a subset of XML and so
// needs none of saxen's generality: every namespace is declared on the root element with a URI
// the model knows, tags and attributes are well formed, and there is no DOCTYPE. On anything
// else it throws OutsideSubset before reporting more, and the caller tokenizes the document with
// saxen instead. Element and attribute names are normalised to the model's prefixes the way
// saxen does it (an attribute in the default namespace loses its prefix); values and text are
// passed raw, for the caller to decode with saxen's own decoder.

export class OutsideSubset extends Error {}

/**
 * A start tag's attributes: normalised names and raw values, namespace declarations first when
 * there are any, as saxen orders them. Only the first `length` entries are the tag's.
 */
export interface AttributeList {
  names: string[];
  values: string[];
  length: number;
}

/**
 * A start tag. The scanner reuses one node and one attribute list for every tag of a document
 * (a large document has hundreds of thousands): read them during `open`, do not keep them.
 */
export interface ScannedNode {
  /** The name with the model's prefix, e.g. 'bpmn:task' for <semantic:task>. */
  name: string;
  /** The name as written. */
  originalName: string;
  attrs: AttributeList;
  /** Document prefix → model prefix, `<prefix>$uri` → URI and `xmlns` → the default namespace's prefix. */
  ns: Record<string, string>;
}

/** The value of the named attribute, if the tag has it. */
export function attributeValue(attrs: AttributeList, name: string): string | undefined {
  for (let i = 0; i < attrs.length; i++) if (attrs.names[i] === name) return attrs.values[i];
  return undefined;
}

function addAttribute(attrs: AttributeList, name: string, value: string): void {
  // A repeated attribute (saxen warns), or two names that one prefix mapping makes equal. Tags
  // have a few attributes: a scan of the names so far costs less than a lookup table.
  if (attributeValue(attrs, name) !== undefined) outside();
  attrs.names[attrs.length] = name;
  attrs.values[attrs.length] = value;
  attrs.length += 1;
}

export interface ScanHandlers {
  open(node: ScannedNode): void;
  close(): void;
  /** Raw text between tags inside the root element, whitespace included. */
  text(raw: string): void;
  cdata(text: string): void;
  /** A processing instruction, `<?` to `?>` included. */
  question(text: string): void;
}

function outside(): never {
  throw new OutsideSubset();
}

function isNameChar(c: number): boolean {
  return (c > 96 && c < 123) || (c > 64 && c < 91) || (c > 47 && c < 59) || c === 45 || c === 46 || c === 95;
}

function isNameStart(c: number): boolean {
  return (c > 96 && c < 123) || (c > 64 && c < 91) || c === 95 || c === 58;
}

function isSpace(c: number): boolean {
  return c === 32 || (c > 8 && c < 14);
}

/** saxen's starting namespace matrix: every known URI's prefix maps to itself. */
function namespaceMatrix(uriToPrefix: Readonly<Record<string, string>>): Record<string, string> {
  const matrix: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const uri in uriToPrefix) {
    const prefix = uriToPrefix[uri]!;
    matrix[prefix] = prefix;
    matrix[`${prefix}$uri`] = uri;
  }
  return matrix;
}

/** The document's namespaces as saxen normalises names with them. */
class Namespaces {
  readonly matrix: Record<string, string>;
  defaultAlias: string | undefined;
  private readonly elementNames = new Map<string, string>();

  constructor(private readonly uriToPrefix: Readonly<Record<string, string>>) {
    this.matrix = namespaceMatrix(uriToPrefix);
  }

  /** Records a declaration of the root element; false when the attribute is not one. */
  declare(name: string, value: string): boolean {
    const isDefault = name === 'xmlns';
    if (!isDefault && !name.startsWith('xmlns:')) return false;
    // Entities in a URI, an unknown URI or a reserved prefix: saxen's general handling.
    if (value.includes('&')) outside();
    const alias = this.uriToPrefix[value] ?? outside();
    const declared = isDefault ? 'xmlns' : name.slice(6);
    if (!isDefault && (declared === 'xml' || declared === 'xmlns')) outside();
    this.matrix[declared] = alias;
    this.matrix[`${declared}$uri`] = value;
    if (isDefault) {
      this.matrix[`${alias}$uri`] = value;
      this.defaultAlias = alias;
    }
    return true;
  }

  element(raw: string): string {
    let name = this.elementNames.get(raw);
    if (name === undefined) {
      const colon = raw.indexOf(':');
      if (colon === -1) {
        name = this.defaultAlias === undefined ? outside() : `${this.defaultAlias}:${raw}`;
      } else {
        const alias = this.matrix[raw.slice(0, colon)] ?? outside();
        name = `${alias}:${raw.slice(colon + 1)}`;
      }
      this.elementNames.set(raw, name);
    }
    return name;
  }

  /** saxen's normalizeAttrName: an attribute in the default namespace loses its prefix. */
  attribute(raw: string): string {
    const colon = raw.indexOf(':');
    if (colon === -1) return raw;
    const alias = this.matrix[raw.slice(0, colon)] ?? outside();
    return alias === this.defaultAlias ? raw.slice(colon + 1) : `${alias}:${raw.slice(colon + 1)}`;
  }
}

/**
 * Reports the document's tags, text, CDATA and processing instructions to `handlers`, in order.
 * `uriToPrefix` is the model's namespace URI → prefix map. Throws OutsideSubset on anything
 * outside the subset (possibly after some events were reported). One flat loop: the scanner
 * reads every character of large documents, and state in closures made it three times slower.
 */
export function scanXml(xml: string, uriToPrefix: Readonly<Record<string, string>>, handlers: ScanHandlers): void {
  const ns = new Namespaces(uriToPrefix);
  const open: string[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let pos = 0;
  const attrs: AttributeList = { names: [], values: [], length: 0 };
  const node: ScannedNode = { name: '', originalName: '', attrs, ns: ns.matrix };

  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) {
      if (open.length > 0 || !rootSeen || xml.slice(pos).trim() !== '') outside();
      return;
    }
    // Most gaps between tags are indentation, which bpmn-moddle drops (it ignores text that
    // trims to nothing): only other text is cut out and reported.
    let gap = pos;
    while (gap < lt && isSpace(xml.charCodeAt(gap))) gap++;
    if (gap < lt) {
      const text = xml.slice(pos, lt);
      if (open.length > 0) handlers.text(text);
      else if (text.trim() !== '') outside();
    }
    const c = xml.charCodeAt(lt + 1);
    if (c === 33) {
      // <![CDATA[ ... ]]> or a comment; a DOCTYPE or other declaration is for saxen.
      if (xml.startsWith('<![CDATA[', lt)) {
        if (open.length === 0) outside();
        const end = xml.indexOf(']]>', lt);
        if (end === -1) outside();
        handlers.cdata(xml.slice(lt + 9, end));
        pos = end + 3;
      } else if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt);
        if (end === -1) outside();
        pos = end + 3;
      } else {
        outside();
      }
      continue;
    }
    if (c === 63) {
      const end = xml.indexOf('?>', lt);
      if (end === -1) outside();
      handlers.question(xml.slice(lt, end + 2));
      pos = end + 2;
      continue;
    }
    if (c === 47) {
      const name = open.pop() ?? outside();
      let j = lt + 2 + name.length;
      if (!xml.startsWith(name, lt + 2)) outside();
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 62) outside();
      handlers.close();
      if (open.length === 0) rootClosed = true;
      pos = j + 1;
      continue;
    }

    // A start tag.
    if (rootClosed || !isNameStart(c)) outside();
    let j = lt + 2;
    while (isNameChar(xml.charCodeAt(j))) j++;
    const rawName = xml.slice(lt + 1, j);
    // saxen puts a tag's namespace declarations before its other attributes: only the root
    // has declarations here, so only the root's other attributes wait for them.
    attrs.length = 0;
    const deferred: string[] | undefined = rootSeen ? undefined : [];
    let selfClosing = false;
    for (;;) {
      const d = xml.charCodeAt(j);
      if (d === 62) {
        j += 1;
        break;
      }
      if (d === 47) {
        if (xml.charCodeAt(j + 1) !== 62) outside();
        selfClosing = true;
        j += 2;
        break;
      }
      // Attributes are separated from the name and from each other by whitespace.
      if (!isSpace(d)) outside();
      do j++;
      while (isSpace(xml.charCodeAt(j)));
      const next = xml.charCodeAt(j);
      if (next === 62 || next === 47) continue;
      const nameStart = j;
      while (isNameChar(xml.charCodeAt(j))) j++;
      if (j === nameStart || xml.charCodeAt(j) !== 61) outside();
      const name = xml.slice(nameStart, j);
      const quote = xml.charCodeAt(j + 1);
      if (quote !== 34 && quote !== 39) outside();
      const end = xml.indexOf(quote === 34 ? '"' : "'", j + 2);
      if (end === -1) outside();
      const value = xml.slice(j + 2, end);
      // saxen finds a tag's end by skipping quoted text, so '<' in a value is its case; keep it simple.
      if (value.includes('<')) outside();
      j = end + 1;
      if (deferred) {
        // The root: its other attributes wait until all its declarations are known.
        if (ns.declare(name, value)) addAttribute(attrs, name, value);
        else deferred.push(name, value);
        continue;
      }
      if (name.charCodeAt(0) === 120 && (name === 'xmlns' || name.startsWith('xmlns:'))) outside();
      addAttribute(attrs, name.indexOf(':') === -1 ? name : ns.attribute(name), value);
    }
    if (deferred) {
      for (let i = 0; i < deferred.length; i += 2) addAttribute(attrs, ns.attribute(deferred[i]!), deferred[i + 1]!);
    }
    rootSeen = true;
    node.name = ns.element(rawName);
    node.originalName = rawName;
    handlers.open(node);
    if (selfClosing) {
      handlers.close();
      if (open.length === 0) rootClosed = true;
    } else {
      open.push(rawName);
    }
    pos = j;
  }
}
