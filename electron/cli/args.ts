// A small argument parser: positionals, boolean flags and options with a value, as declared by
// each command. Anything undeclared is a usage error rather than silently ignored.

export interface ArgSpec {
  flags: readonly string[];
  options: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith('--') || arg === '-') {
      if (!onlyPositionals && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = (equals === -1 ? arg : arg.slice(0, equals)).slice(2);
    if (spec.flags.includes(name)) {
      if (equals !== -1) throw new UsageError(`option '--${name}' takes no value`);
      parsed.flags.add(name);
    } else if (spec.options.includes(name)) {
      let value: string | undefined;
      if (equals !== -1) value = arg.slice(equals + 1);
      else {
        value = argv[i + 1];
        i += 1;
      }
      if (value === undefined || value === '') throw new UsageError(`option '--${name}' needs a value`);
      parsed.options.set(name, value);
    } else {
      throw new UsageError(`unknown option '--${name}'`);
    }
  }
  return parsed;
}
