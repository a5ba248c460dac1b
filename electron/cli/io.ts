export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Relative file arguments are resolved against this folder. */
  cwd: string;
  /** The current time as ISO 8601; injectable so tests are deterministic. */
  now?: () => string;
}

/** Exit codes: 0 success; 1 the command ran but found errors or refused to act; 2 usage error or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export const writeLines = (write: (s: string) => void, lines: readonly string[]): void => {
  for (const line of lines) write(`${line}\n`);
};
