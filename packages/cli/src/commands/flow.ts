import { flowModel, toMermaid } from '@onewindow/engine';
import { CliError, USAGE_ERROR } from '../CliError.js';
import type { CommandContext } from '../CommandContext.js';
import { loadSpec } from '../loadSpec.js';
import { messages } from '../messages.js';
import { parseCommandLine } from '../parseCommandLine.js';

/**
 * `onewindow flow <spec> [--format mermaid|json]`: the item's flow as a Mermaid `stateDiagram-v2`
 * (the engine's `toMermaid`, labels in `--lang`) or as the engine's flow model in JSON (states, the
 * events each handles and where they lead, the back-office steps).
 *
 * @example
 * await flow(['examples/specs/dibao-apply.json'], { io, lang: 'zh-CN' }); // prints 'stateDiagram-v2\n…'
 */
export async function flow(args: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const t = messages(lang);
  const { values, positionals } = parseCommandLine(
    args,
    { format: { type: 'string', choices: ['mermaid', 'json'] } },
    lang,
    'flow',
  );
  const [specArgument, ...extra] = positionals;
  if (specArgument === undefined) {
    throw new CliError(`${t.missingArgument(t.specFile)}\n${t.seeHelp('flow')}`, USAGE_ERROR);
  }
  if (extra.length > 0) throw new CliError(`${t.tooManyArguments(extra)}\n${t.seeHelp('flow')}`, USAGE_ERROR);
  const { spec } = await loadSpec(specArgument, io, lang);
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(flowModel(spec), null, 2)}\n`);
  } else {
    io.stdout.write(`${toMermaid(spec, { lang })}\n`);
  }
  return 0;
}
