import { flowModel, toMermaid } from '@onewindow/engine';
import type { CommandContext } from '../CommandContext.js';
import { loadSpec } from '../loadSpec.js';
import { onlyArgument } from '../onlyArgument.js';
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
  const { values, positionals } = parseCommandLine(
    args,
    { format: { type: 'string', choices: ['mermaid', 'json'] } },
    lang,
    'flow',
  );
  const specArgument = onlyArgument(positionals, 'specFile', lang, 'flow');
  const { spec } = await loadSpec(specArgument, io, lang);
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(flowModel(spec), null, 2)}\n`);
  } else {
    io.stdout.write(`${toMermaid(spec, { lang })}\n`);
  }
  return 0;
}
