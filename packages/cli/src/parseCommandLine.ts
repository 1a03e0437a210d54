import { parseArgs } from 'node:util';
import type { Lang } from '@onewindow/spec';
import { CliError, USAGE_ERROR } from './CliError.js';
import { messages } from './messages.js';

/** One option a command accepts. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
}

type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** Options every command understands. */
export const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string', choices: ['zh-CN', 'zh', 'en'] },
} as const satisfies Record<string, OptionSpec>;

/**
 * Parses a command's arguments with `node:util` `parseArgs`, reporting unknown options, missing values and
 * values outside `choices` as a localized {@link CliError} (exit code 2) instead of node's English errors.
 *
 * @example
 * const { values, positionals } = parseCommandLine(['a.json', '--format', 'json'],
 *   { format: { type: 'string', choices: ['text', 'json'] } }, 'zh-CN', 'validate');
 * // values.format === 'json', positionals: ['a.json']
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  args: readonly string[],
  options: O,
  lang: Lang,
  command?: string,
): { values: OptionValues<O & typeof commonOptions>; positionals: string[] } {
  const t = messages(lang);
  const all: Record<string, OptionSpec> = { ...commonOptions, ...options };
  const usageError = (message: string) => new CliError(`${message}\n${t.seeHelp(command)}`, USAGE_ERROR);
  // strict: false + tokens lets us word every problem ourselves (node's messages are English only).
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(all).map(([name, spec]) => [
        name,
        spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = all[token.name];
    if (!spec) throw usageError(t.unknownOption(token.rawName));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw usageError(t.optionTakesNoValue(token.rawName));
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (token.inlineValue !== true && value.startsWith('-'))) {
      throw usageError(t.optionNeedsValue(token.rawName));
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw usageError(t.badOptionValue(token.rawName, value, spec.choices));
    }
    values[token.name] = value;
  }
  return { values: values as OptionValues<O & typeof commonOptions>, positionals };
}
