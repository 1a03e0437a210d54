import type { Lang } from '@onewindow/spec';

/** The commands `onewindow` knows, in the order the help lists them. */
export const commandNames = ['validate', 'lint-catalog', 'types', 'compile', 'flow', 'paths'] as const;
export type CommandName = (typeof commandNames)[number];

const zhCN: Record<CommandName | 'main', string> = {
  main: `onewindow — 政务服务事项规范（JSON）的命令行工具

用法：onewindow <命令> [参数] [选项]

命令：
  validate <文件或通配符…>
      校验事项规范，按“文件:行:列”报告问题
  lint-catalog <目录>
      校验目录中的全部事项，并检查事项目录（同一事项同一编码、名称一致）
  types <事项文件> [-o 文件.ts]
      生成申请表单数据的 TypeScript 类型
  compile <事项文件> -o <文件.js>
      生成可在严格 CSP 下运行的表单校验模块（另写 .d.ts）
  flow <事项文件>
      输出办理流程图（Mermaid 或 JSON）
  paths <事项文件>
      列出办件在流程中的各条路径（最短路径或全部简单路径）

通用选项：
  --lang <zh-CN|en>  输出语言，默认 zh-CN
  -h, --help         显示帮助
  -v, --version      显示版本号

运行 onewindow <命令> --help 查看各命令的用法。
退出码：0 通过；1 发现错误；2 用法错误（未知命令或选项、缺少参数、文件不存在）。
`,
  validate: `用法：onewindow validate <文件或通配符…> [--format text|json] [--lang zh-CN|en]

校验一个或多个事项规范（JSON），逐条输出
  文件:行:列 严重程度 代码 说明
（严重程度为 error 或 warning），最后一行为汇总。
通配符（如 "examples/specs/*.json"）由 onewindow 展开，加引号可避免 shell 先展开。
文件应为 UTF-8；GBK/GB18030 和 UTF-16 也能读取，但会给出警告（file/encoding-*）。

选项：
  --format <text|json>  输出格式，默认 text；json 为带 file 字段的诊断数组
  --lang <zh-CN|en>     说明文字的语言，默认 zh-CN
  -h, --help            显示本帮助

退出码：有错误时为 1，只有警告或没有问题时为 0，用法错误为 2。
`,
  'lint-catalog': `用法：onewindow lint-catalog <目录> [--format text|json] [--lang zh-CN|en]

读取目录中的每个 *.json 事项规范，逐一校验，再检查整个事项目录
（同一事项同一编码、名称一致、标识不重复等）。输出格式同 validate。

选项：
  --format <text|json>  输出格式，默认 text
  --lang <zh-CN|en>     说明文字的语言，默认 zh-CN
  -h, --help            显示本帮助

退出码：有错误时为 1，否则为 0；用法错误为 2。
`,
  types: `用法：onewindow types <事项文件> [-o 文件.ts] [--lang zh-CN|en]

根据事项的申请表单（form.schema）生成表单数据的 TypeScript 类型，
类型名由事项标识得出（dibao-apply → DibaoApplyFormData），字段标题写入 JSDoc。

选项：
  -o, --output <文件>  写入该文件；省略时输出到标准输出
  --lang <zh-CN|en>    提示信息的语言，默认 zh-CN
  -h, --help           显示本帮助
`,
  compile: `用法：onewindow compile <事项文件> -o <文件.js> [--lang zh-CN|en]

把事项的申请表单预编译为 ajv 独立校验模块（纯 ES 模块，不含 eval、new Function
和 require，可在严格 CSP 页面中运行），默认导出校验函数，可交给
@onewindow/spec 的 fromAjvStandalone() 使用；同时在旁边写出 .d.ts。
支持格式：date、email 等常用格式，以及 cn-id-card（居民身份证号）、cn-mobile（手机号）。

选项：
  -o, --output <文件.js>  输出模块（必填）
  --lang <zh-CN|en>       提示信息的语言，默认 zh-CN
  -h, --help              显示本帮助
`,
  flow: `用法：onewindow flow <事项文件> [--format mermaid|json] [--lang zh-CN|en]

输出事项的办理流程：从草稿、提交、受理、各审查环节、决定、出件、送达到归档，
以及不予受理、不予许可、撤回、终止等结束状态。

选项：
  --format <mermaid|json>  Mermaid 状态图 stateDiagram-v2（默认），或 JSON 流程模型
                           （各状态可处理的事件及去向、受理后的办理环节）
  --lang <zh-CN|en>        图中文字和提示信息的语言，默认 zh-CN
  -h, --help               显示本帮助
`,
  paths: `用法：onewindow paths <事项文件> [--format text|json] [--kind shortest|simple] [--core] [--lang zh-CN|en]

列出办件从草稿出发的路径（由流程状态机生成），每条路径是一串事件，
可用于测试、演示和 Storybook 回放。默认给出到达每个可达状态的一条最短路径。

选项：
  --format <text|json>       每行一条路径并附汇总（默认），或 JSON（含事件角色和示例数据）
  --kind <shortest|simple>   shortest：每个状态一条最短路径（默认）；simple：不重复经过状态的全部路径
  --core                     不列出不改变状态的事件（挂起/恢复、评价、整改办结）
  --lang <zh-CN|en>          事件名称和提示信息的语言，默认 zh-CN
  -h, --help                 显示本帮助
`,
};

const en: Record<CommandName | 'main', string> = {
  main: `onewindow — command line tools for government service item specs (JSON)

Usage: onewindow <command> [arguments] [options]

Commands:
  validate <files or globs…>
      validate item specs; problems as file:line:column
  lint-catalog <dir>
      validate every spec in a directory and lint the catalog (one item, one code, one name)
  types <spec> [-o file.ts]
      TypeScript types of the item's form data
  compile <spec> -o <file.js>
      a form validator module that runs under a strict CSP (plus a .d.ts)
  flow <spec>
      the item's flow as a Mermaid state diagram or JSON
  paths <spec>
      the paths of a case through the flow (shortest, or all simple paths)

Common options:
  --lang <zh-CN|en>  output language, zh-CN by default
  -h, --help         show help
  -v, --version      show the version

Run onewindow <command> --help for a command's usage.
Exit codes: 0 clean; 1 errors found; 2 usage error (unknown command or option, missing argument, no such file).
`,
  validate: `Usage: onewindow validate <files or globs…> [--format text|json] [--lang zh-CN|en]

Validates one or more item specs (JSON) and prints one line per problem
  file:line:column severity code message
(severity is error or warning), followed by a summary line.
Globs (e.g. "examples/specs/*.json") are expanded by onewindow; quote them to keep the shell out.
Files should be UTF-8; GBK/GB18030 and UTF-16 are read too, with a warning (file/encoding-*).

Options:
  --format <text|json>  output format, text by default; json is an array of diagnostics with a file field
  --lang <zh-CN|en>     language of the messages, zh-CN by default
  -h, --help            show this help

Exit code: 1 when there is an error, 0 with warnings only or no problems, 2 on usage errors.
`,
  'lint-catalog': `Usage: onewindow lint-catalog <dir> [--format text|json] [--lang zh-CN|en]

Reads every *.json item spec in the directory, validates each, then lints the catalog
as a whole (one item, one code; consistent names; unique ids …). Output as for validate.

Options:
  --format <text|json>  output format, text by default
  --lang <zh-CN|en>     language of the messages, zh-CN by default
  -h, --help            show this help

Exit code: 1 when there is an error, else 0; 2 on usage errors.
`,
  types: `Usage: onewindow types <spec> [-o file.ts] [--lang zh-CN|en]

Generates TypeScript types for the item's form data (form.schema). The type is named
after the item id (dibao-apply → DibaoApplyFormData); field titles become JSDoc.

Options:
  -o, --output <file>  write to this file instead of standard output
  --lang <zh-CN|en>    language of the messages, zh-CN by default
  -h, --help           show this help
`,
  compile: `Usage: onewindow compile <spec> -o <file.js> [--lang zh-CN|en]

Precompiles the item's form into an ajv standalone validator: a pure ES module with no eval,
new Function or require, safe for strict CSP pages. Its default export is the validate function,
ready for fromAjvStandalone() from @onewindow/spec. A .d.ts is written beside it.
Formats: date, email and the other common formats, plus cn-id-card and cn-mobile.

Options:
  -o, --output <file.js>  the module to write (required)
  --lang <zh-CN|en>       language of the messages, zh-CN by default
  -h, --help              show this help
`,
  flow: `Usage: onewindow flow <spec> [--format mermaid|json] [--lang zh-CN|en]

Prints the item's flow: draft, submission, acceptance, the review stages, decision, issuing,
delivery and archiving, and the other ends (rejected, denied, withdrawn, terminated).

Options:
  --format <mermaid|json>  a Mermaid stateDiagram-v2 (default), or the flow model as JSON
                           (the events each state handles and where they lead, the steps after acceptance)
  --lang <zh-CN|en>        language of the diagram and the messages, zh-CN by default
  -h, --help               show this help
`,
  paths: `Usage: onewindow paths <spec> [--format text|json] [--kind shortest|simple] [--core] [--lang zh-CN|en]

Lists paths of a case from the draft, generated from the flow's state machine: each a sequence of
events, for tests, demos and Storybook replays. By default one shortest path to each reachable state.

Options:
  --format <text|json>       one path per line and a summary (default), or JSON (with roles and sample data)
  --kind <shortest|simple>   shortest: one shortest path per state (default); simple: every path visiting no state twice
  --core                     leave out events that keep the state (suspend/resume, evaluation, follow-up)
  --lang <zh-CN|en>          language of event names and messages, zh-CN by default
  -h, --help                 show this help
`,
};

/**
 * The help text of `onewindow` (no command) or of one command.
 *
 * @example
 * helpText('validate', 'en').startsWith('Usage: onewindow validate'); // true
 */
export function helpText(command: CommandName | undefined, lang: Lang): string {
  return (lang === 'en' ? en : zhCN)[command ?? 'main'];
}
