export const USAGE = `Usage: convergence <command> [options]

Commands:
  new FILE [--name NAME] [--sample] [--force]
      Create a project: empty, or a copy of the bundled sample project.
      Refuses to replace an existing file unless --force is given.
  info FILE [--json]
      Show the project name and the number of components, interactions, processes,
      process steps, data elements, code lists, API contracts and scenarios.
  validate FILE [--format text|json|sarif]
      Check the project. Exit code 0: no errors; 1: problems of severity error;
      2: the file cannot be read or the command line is wrong.

Options:
  -h, --help       Show this help.
  -V, --version    Show the version.
`;
