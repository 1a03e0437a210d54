import type { Lang } from '@onewindow/spec';
import type { CliIo } from './CliIo.js';

/** What every command receives besides its arguments. */
export interface CommandContext {
  io: CliIo;
  /** The language of messages, from `--lang` (zh-CN by default). */
  lang: Lang;
}

/** A command: its arguments (after the command name) in, an exit code out. */
export type Command = (args: readonly string[], context: CommandContext) => Promise<number>;
