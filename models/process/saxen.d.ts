// Types for the part of saxen (bpmn-moddle's XML tokenizer) the fast BPMN reader uses; the
// package ships no declarations.

declare module 'saxen' {
  /** An element as saxen reports it in proxy mode, names normalised to the mapped prefixes. */
  export interface SaxenNode {
    name: string;
    originalName: string;
    /** Raw (still entity-encoded) attribute values by normalised name; false when unparsable. */
    attrs: Record<string, string> | false;
    /** Document prefix → mapped prefix, and `<prefix>$uri` → namespace URI. */
    ns: Record<string, string>;
  }

  export type Decode = (text: string) => string;
  /** saxen's entity decoder (&amp; &lt; &gt; &quot; &apos; and numeric references). */
  export const decode: Decode;
  export type GetContext = () => { line: number; column: number; data: string };

  export class Parser {
    constructor(options?: { proxy?: boolean });
    ns(uriMap?: Record<string, string>): this;
    on(event: 'openTag', handler: (node: SaxenNode, decode: Decode, selfClosing: boolean, getContext: GetContext) => void): this;
    on(event: 'closeTag', handler: (name: string, decode: Decode, selfClosing: boolean, getContext: GetContext) => void): this;
    on(event: 'text', handler: (text: string, decode: Decode, getContext: GetContext) => void): this;
    on(event: 'cdata', handler: (text: string, getContext: GetContext) => void): this;
    on(event: 'question', handler: (text: string, getContext: GetContext) => void): this;
    on(event: 'error' | 'warn', handler: (error: Error, getContext: GetContext) => void): this;
    parse(xml: string): this;
  }
}
