import { readFile } from 'node:fs/promises';
import { CliError, FINDINGS, USAGE_ERROR } from './CliError.js';
import type { CliIo } from './CliIo.js';
import type { Command } from './CommandContext.js';
import { compile } from './commands/compile.js';
import { flow } from './commands/flow.js';
import { lintCatalogCommand } from './commands/lintCatalogCommand.js';
import { paths } from './commands/paths.js';
import { types } from './commands/types.js';
import { validate } from './commands/validate.js';
import { detectLang } from './detectLang.js';
import { escapeControls } from './escapeControls.js';
import { type CommandName, commandNames, helpText } from './helpText.js';
import { messages } from './messages.js';
import { parseCommandLine } from './parseCommandLine.js';

const commands: Record<CommandName, Command> = {
  validate,
  'lint-catalog': lintCatalogCommand,
  types,
  compile,
  flow,
  paths,
};

const isCommandName = (name: string): name is CommandName =>
  (commandNames as readonly string[]).includes(name);

/** Index of the command word: the first argument that is neither an option nor the value of `--lang`. */
function commandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') return -1;
    if (arg === '--lang') index++;
    else if (!arg.startsWith('-')) return index;
  }
  return -1;
}

const asksForHelp = (args: readonly string[]) => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
};

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

/**
 * The `onewindow` command line, callable in-process: parses `argv` (without node and the script),
 * runs the command, writes to `io.stdout`/`io.stderr` and resolves to the exit code — 0 clean,
 * 1 findings (errors in a spec), 2 usage errors (unknown command or option, missing argument, a file
 * or glob that names nothing). Expected failures print a localized message, never a stack trace. Control
 * characters in what is printed (spec text, file names) are escaped ({@link escapeControls}).
 *
 * @example
 * const exitCode = await main(['validate', 'examples/specs/*.json', '--lang', 'en'],
 *   { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * process.exitCode = exitCode;
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may quote a spec or a file name: no control character reaches the terminal.
  const io: CliIo = {
    stdout: { write: (text: string) => rawIo.stdout.write(escapeControls(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(escapeControls(text)) },
    cwd: rawIo.cwd,
  };
  const lang = detectLang(argv);
  const t = messages(lang);
  try {
    const index = commandIndex(argv);
    if (index === -1) {
      const { values } = parseCommandLine(argv, { version: { type: 'boolean', short: 'v' } }, lang);
      if (values.version) {
        io.stdout.write(`${await packageVersion()}\n`);
        return 0;
      }
      if (values.help) {
        io.stdout.write(helpText(undefined, lang));
        return 0;
      }
      io.stderr.write(`${t.missingCommand}\n\n${helpText(undefined, lang)}`);
      return USAGE_ERROR;
    }
    const name = argv[index] ?? '';
    const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
    if (!isCommandName(name)) throw new CliError(`${t.unknownCommand(name)}\n${t.seeHelp()}`, USAGE_ERROR);
    if (asksForHelp(rest)) {
      io.stdout.write(helpText(name, lang));
      return 0;
    }
    return await commands[name](rest, { io, lang });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    // A bug of ours: say so in one line rather than dump a stack trace on an analyst.
    io.stderr.write(`${t.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    return FINDINGS;
  }
}
