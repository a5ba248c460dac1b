export const USAGE = `Usage: convergence <command> [options]

Commands:
  new FILE [--name NAME] [--sample] [--force]
      Create a project: empty, or a copy of the bundled sample project.
      Refuses to replace an existing file unless --force is given.
  info FILE [--json]
      Show the project name and the number of components, interactions, processes,
      process steps, data elements, code lists, API contracts and scenarios.
  validate FILE [--format text|json|sarif] [--no-parallel]
      Check the project. Exit code 0: no errors; 1: problems of severity error;
      2: the file cannot be read or the command line is wrong. A large project's
      BPMN is read on worker threads; --no-parallel (or the environment variable
      CS_VALIDATION_WORKERS=0) reads it all in the main thread, and
      CS_VALIDATION_WORKERS=N uses N workers whatever the size. Same output.
  import FILE INPUT [--as bpmn|openapi|csv|xlsx] [--name NAME] [--entry PATH]
      Add to FILE (saved atomically): a process from a BPMN file; an API contract
      from an OpenAPI file, or every OpenAPI document of a folder (relative $refs
      resolved inside the folder; --entry picks one); data-dictionary entries from
      a CSV or XLSX table. The kind is taken from the extension unless --as says
      it. --name names the process or contract (for XLSX: the sheet). Exit code 1
      and nothing written when the input is refused.
  export FILE --format html|md|pdf|docx|json|openapi|bpmn|csv|svg|png
         [--scenario ID] [--out DIR] [--no-timestamp] [--no-browser]
      Write the interoperability specification of the project, or of one
      scenario, into DIR (default: the current folder). html, md, json, openapi,
      bpmn, csv and svg need nothing else; BPMN diagrams inside documents, pdf
      and png use a headless Chromium when one is found (--no-browser skips it).
      --no-timestamp leaves the export time out so the files are byte-stable.

Options:
  -h, --help       Show this help.
  -V, --version    Show the version.
`;
