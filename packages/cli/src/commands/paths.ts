import { flowPaths } from '@onewindow/engine';
import type { CommandContext } from '../CommandContext.js';
import { formatFlowPaths } from '../formatFlowPaths.js';
import { loadSpec } from '../loadSpec.js';
import { onlyArgument } from '../onlyArgument.js';
import { parseCommandLine } from '../parseCommandLine.js';

/**
 * `onewindow paths <spec> [--format text|json] [--kind shortest|simple] [--core]`: the paths through
 * the item's flow from the draft, from the engine's `flowPaths` (xstate/graph): by default one shortest
 * path to each reachable state; `--kind simple` every path that visits no state twice; `--core` leaves
 * out the events that keep the state (SUSPEND/RESUME, EVALUATE, CLOSE_FOLLOW_UP). The empty path (the
 * draft itself) is not listed.
 *
 * @example
 * await paths(['examples/specs/dibao-apply.json', '--format', 'json'], { io, lang: 'zh-CN' });
 */
export async function paths(args: readonly string[], { io, lang }: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      format: { type: 'string', choices: ['text', 'json'] },
      kind: { type: 'string', choices: ['shortest', 'simple'] },
      core: { type: 'boolean' },
    },
    lang,
    'paths',
  );
  const specArgument = onlyArgument(positionals, 'specFile', lang, 'paths');
  const { spec } = await loadSpec(specArgument, io, lang);
  const kind = values.kind === 'simple' ? 'simple' : 'shortest';
  const found = flowPaths(spec, { kind, coreOnly: values.core === true }).filter(
    (path) => path.steps.length > 0,
  );
  io.stdout.write(
    values.format === 'json'
      ? `${JSON.stringify(found, null, 2)}\n`
      : formatFlowPaths(spec, found, kind, lang),
  );
  return 0;
}
