// Types for the parts of bpmnlint we use (the package ships JavaScript with JSDoc only).

declare module 'bpmnlint' {
  export interface BpmnlintReport {
    id?: string;
    message: string;
    path?: string[];
    category: 'off' | 'warn' | 'error' | 'info' | 'rule-error';
    meta?: { documentation?: { url?: string } };
  }
  export type BpmnlintRuleFactory = (options?: unknown) => unknown;
  export interface BpmnlintConfig {
    rules: Record<string, 'off' | 'warn' | 'error' | 'info'>;
  }
  export interface BpmnlintResolver {
    resolveRule(pkg: string, ruleName: string): BpmnlintRuleFactory;
    resolveConfig(pkg: string, configName: string): BpmnlintConfig;
  }
  export class Linter {
    constructor(options: { config?: BpmnlintConfig; resolver: BpmnlintResolver });
    lint(moddleRoot: unknown, config?: BpmnlintConfig): Promise<Record<string, BpmnlintReport[]>>;
  }
}

declare module 'bpmnlint/rules/*' {
  const factory: import('bpmnlint').BpmnlintRuleFactory;
  export default factory;
}
