import path from 'node:path';
import { CliError, FINDINGS } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { displayPath } from '../displayPath.js';
import { generateFormDataTypes } from '../generateFormDataTypes.js';
import { loadSpec } from '../loadSpec.js';
import { messages } from '../messages.js';
import { onlyArgument } from '../onlyArgument.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { refuseOverwritingInput } from '../refuseOverwritingInput.js';
import { writeOutputFile } from '../writeOutputFile.js';

/**
 * `onewindow types <spec> [-o file]`: TypeScript types of the item's form data, to stdout or a file (never
 * the spec file itself).
 *
 * @example
 * await types(['examples/specs/dibao-apply.json', '-o', 'src/dibao.ts'], { io, lang: 'zh-CN' });
 */
export async function types(args: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const t = messages(lang);
  const { values, positionals } = parseCommandLine(
    args,
    { output: { type: 'string', short: 'o' } },
    lang,
    'types',
  );
  const specArgument = onlyArgument(positionals, 'specFile', lang, 'types');
  const { spec, shownAs, absolutePath } = await loadSpec(specArgument, io, lang);
  const outputPath = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  if (outputPath !== undefined) await refuseOverwritingInput(absolutePath, [outputPath], io.cwd, lang);
  let source: string;
  try {
    source = await generateFormDataTypes(spec, { source: path.basename(shownAs), lang });
  } catch (error) {
    throw new CliError(t.typesFailed(error instanceof Error ? error.message : String(error)), FINDINGS);
  }
  if (outputPath === undefined) {
    io.stdout.write(source);
    return 0;
  }
  const shownOutput = displayPath(outputPath, io.cwd);
  await writeOutputFile(outputPath, shownOutput, source, lang);
  io.stdout.write(`${t.wrote(shownOutput)}\n`);
  return 0;
}
