/** One reason a document cannot be opened, located by JSON path or by line and column. */
export interface DocumentIssue {
  /** JSON path such as `components[3].type`; empty when the problem concerns the whole file. */
  path: string;
  message: string;
  /** 1-based, for syntax errors. */
  line?: number;
  column?: number;
}

/**
 * "child.convergence: components[3].type: Expected string, received number" or
 * "child.convergence: line 4, column 7: Unexpected token } in JSON".
 */
export function formatDocumentIssue(issue: DocumentIssue, fileName?: string): string {
  const parts: string[] = [];
  if (fileName !== undefined && fileName !== '') parts.push(fileName);
  if (issue.line !== undefined) {
    parts.push(issue.column === undefined ? `line ${issue.line}` : `line ${issue.line}, column ${issue.column}`);
  } else if (issue.path !== '') {
    parts.push(issue.path);
  }
  parts.push(issue.message);
  return parts.join(': ');
}
