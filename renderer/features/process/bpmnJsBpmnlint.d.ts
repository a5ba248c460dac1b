// bpmn-js-bpmnlint ships JavaScript only: its default export is a diagram-js module.
declare module 'bpmn-js-bpmnlint' {
  const lintModule: Record<string, unknown>;
  export default lintModule;
}
