import { parseArgs } from 'node:util';
import { usageError } from './errors';

/** What a command accepts: named options (all --long) and positional arguments, in order. */
export interface ArgSpec {
  options?: Record<string, { type: 'string' | 'boolean' }>;
  positionals?: string[];
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: Record<string, string>;
}

/**
 * Parses a command's arguments strictly: unknown options, options without a value, missing or extra
 * positional arguments are usage errors (exit 2) that name the culprit.
 */
export function parseCommandArgs(command: string, spec: ArgSpec, argv: string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: spec.options ?? {}, strict: true, allowPositionals: true });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const option = /'(-{1,2}[^'\s]+)/.exec((err as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError(`${command} 不认识选项 ${option}`, `${command} does not know the option ${option}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usageError(`选项 ${option} 的用法不对（缺少取值，或不应带取值）`, `option ${option} is used wrongly (missing value, or a value where none is taken)`);
    }
    throw err;
  }
  const names = spec.positionals ?? [];
  const given = parsed.positionals;
  if (given.length > names.length) {
    const extra = given.slice(names.length).join(' ');
    throw usageError(`${command} 多余的参数：${extra}`, `${command}: unexpected argument(s): ${extra}`);
  }
  const positionals: Record<string, string> = {};
  names.forEach((name, i) => {
    const value = given[i];
    if (value === undefined) throw usageError(`${command} 缺少参数 <${name}>`, `${command} needs the argument <${name}>`);
    positionals[name] = value;
  });
  return { values: parsed.values as ParsedArgs['values'], positionals };
}
