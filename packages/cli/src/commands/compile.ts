import path from 'node:path';
import { CliError, FINDINGS, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { compileFormValidator } from '../compileFormValidator.js';
import { declarationPath } from '../declarationPath.js';
import { displayPath } from '../displayPath.js';
import { generatedFileBanner } from '../generatedFileBanner.js';
import { loadSpec } from '../loadSpec.js';
import { messages } from '../messages.js';
import { onlyArgument } from '../onlyArgument.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { refuseOverwritingInput } from '../refuseOverwritingInput.js';
import { validatorDeclarations } from '../validatorDeclarations.js';
import { writeOutputFile } from '../writeOutputFile.js';

/**
 * `onewindow compile <spec> -o file.js`: the item's form as a CSP-safe ajv standalone ES module, plus a
 * `.d.ts` beside it. Neither may be the spec file itself (refused before anything is written).
 *
 * @example
 * await compile(['examples/specs/dibao-apply.json', '-o', 'public/dibao.validate.js'], { io, lang: 'zh-CN' });
 */
export async function compile(args: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const t = messages(lang);
  const { values, positionals } = parseCommandLine(
    args,
    { output: { type: 'string', short: 'o' } },
    lang,
    'compile',
  );
  const specArgument = onlyArgument(positionals, 'specFile', lang, 'compile');
  if (values.output === undefined) {
    throw new CliError(`${t.missingArgument(t.outputFile)}\n${t.seeHelp('compile')}`, USAGE_ERROR);
  }
  const { spec, shownAs, absolutePath } = await loadSpec(specArgument, io, lang);
  const modulePath = path.resolve(io.cwd, values.output);
  const typesPath = declarationPath(modulePath);
  await refuseOverwritingInput(absolutePath, [modulePath, typesPath], io.cwd, lang);
  let code: string;
  let declarations: string;
  try {
    const banner = generatedFileBanner('onewindow compile: generated; do not edit.', {
      source: path.basename(shownAs),
      item: spec.id,
      revision: spec.revision,
    });
    code = await compileFormValidator(spec.form.schema, { banner });
    declarations = await validatorDeclarations(spec, { source: path.basename(shownAs), lang });
  } catch (error) {
    throw new CliError(t.compileFailed(error instanceof Error ? error.message : String(error)), FINDINGS);
  }
  await writeOutputFile(modulePath, displayPath(modulePath, io.cwd), code, lang);
  await writeOutputFile(typesPath, displayPath(typesPath, io.cwd), declarations, lang);
  io.stdout.write(
    `${t.wrote(displayPath(modulePath, io.cwd))}\n${t.wrote(displayPath(typesPath, io.cwd))}\n`,
  );
  return 0;
}
