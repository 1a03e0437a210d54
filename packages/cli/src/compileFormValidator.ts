import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formFormats } from '@onewindow/spec';
import Ajv, { _, Name } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';

/** The module the generated code imports its format implementations from (resolved by our plugin)… */
const FORMATS_MODULE = 'onewindow:form-formats';
/** …under this name; ajv's `code.formats` names it so the formats arrive by `import`, not by `require`. */
const FORMATS_BINDING = 'onewindowFormats';

/**
 * The formats module bundled into every compiled validator: @onewindow/spec's `formFormats`, the one table
 * the interpreting validator (`createFormValidator`) uses too, so that both agree on every value and check
 * each format in time linear in the value's length (ajv-formats' `url` regex is quadratic: 1.9 s for 50,000
 * characters). Only the format functions are bundled, not the package.
 */
const FORMATS_SOURCE = `
import { formFormats } from '@onewindow/spec';
export const formats = formFormats;
`;

/**
 * A banner is one block comment on one line: anything after a `*\/` would be code in the module. Build it
 * with `generatedFileBanner`, which escapes the spec text it carries.
 */
const ONE_LINE_COMMENT = /^\/\*(?:(?!\*\/)[^\n\r\u2028\u2029])*\*\/$/;

/** packages/cli, whence `ajv` and `@onewindow/spec` resolve while bundling. */
const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

/** Running from TypeScript sources (tests): bundle @onewindow/spec from its sources too, no build needed. */
const runningFromSource = import.meta.url.endsWith('.ts');

/**
 * ajv's runtime helpers (ucs2length, equal, uri …) carry a `.code = 'require("ajv/dist/runtime/…")'`
 * string for ajv's own code generator. The bundle never reads it; dropping it keeps the module free of
 * any `require(` text, so a plain grep can audit it.
 */
const ajvRuntimePlugin: Plugin = {
  name: 'onewindow-ajv-runtime',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]ajv[\\/]dist[\\/]runtime[\\/][^\\/]+\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/^\s*[\w$.]+\.code = (["']).*\1;?\s*$/gm, ''),
      loader: 'js',
    }));
  },
};

const formatsPlugin: Plugin = {
  name: 'onewindow-form-formats',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^onewindow:form-formats$/ }, (args) => ({
      path: args.path,
      namespace: 'onewindow',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'onewindow' }, () => ({
      contents: FORMATS_SOURCE,
      loader: 'js',
      resolveDir: packageDirectory,
    }));
  },
};

/**
 * Precompiles a form's JSON Schema into an ajv standalone validator: one ES module, no `eval`, no
 * `new Function`, no `require`, so it runs on pages with a strict Content-Security-Policy. The module
 * default-exports (and exports as `validate`) the ajv validate function, which reports every error at once
 * (`allErrors`) in `validate.errors`; wrap it with `fromAjvStandalone()` from @onewindow/spec.
 *
 * ajv standalone code `require`s its runtime helpers and the format implementations (TOOLING gotcha 9);
 * esbuild bundles them into the module, the formats through a virtual module.
 *
 * `banner` must be one `/* … *\/` comment on one line (see `generatedFileBanner`); anything else throws.
 *
 * @example
 * const code = await compileFormValidator(spec.form.schema, { banner: '/* dibao-apply *\/' });
 * await writeFile('dibao-apply.validate.js', code);
 * // in a browser: import validate from './dibao-apply.validate.js'; validate({ … }) → boolean
 */
export async function compileFormValidator(
  schema: object,
  options: { banner?: string } = {},
): Promise<string> {
  if (options.banner && !ONE_LINE_COMMENT.test(options.banner)) {
    throw new Error('compileFormValidator: the banner must be one /* … */ comment on one line');
  }
  const ajv = new Ajv({
    allErrors: true,
    // Form schemas may carry keywords ajv does not know (RJSF's enumNames …): ignore them, as the
    // interpreting validator does, rather than refuse the form.
    strict: false,
    // Not strict, ajv would write "unknown format … ignored" to the console: a library must not, and the
    // text is the spec's, unescaped. validateSpec warns about unknown formats with a located diagnostic.
    logger: false,
    // ajv checks that value / multipleOf is an integer, and 0.29 / 0.01 is 28.999999999999996: without a
    // tolerance it refused 0.29 for `multipleOf: 0.01`, which the interpreting validator (exact decimal
    // arithmetic) accepts. 1e-6 rather than a tighter 1e-9, because the rounding error grows with the
    // quotient: at 1e-9 true multiples of 0.01 from about 300,000 up failed, at 1e-6 from about 10^8 (a value
    // off a multiple by less than a millionth of the step, 9+ decimals for 0.01, passes here alone).
    multipleOfPrecision: 6,
    code: { source: true, esm: true, formats: _`${new Name(FORMATS_BINDING)}` },
  });
  // Our table only (not ajv-formats): a format it does not name is ignored, as by the interpreting validator.
  for (const [name, check] of Object.entries(formFormats)) ajv.addFormat(name, check);
  // The formats arrive by an ES import (ajv would emit `require("…")` for them otherwise).
  const standalone = `import { formats as ${FORMATS_BINDING} } from ${JSON.stringify(FORMATS_MODULE)};\n${standaloneCode(
    ajv,
    ajv.compile(schema),
  )}`;
  const result = await build({
    stdin: { contents: standalone, resolveDir: packageDirectory, loader: 'js', sourcefile: 'validate.js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: runningFromSource ? ['@onewindow/source'] : [],
    plugins: [formatsPlugin, ajvRuntimePlugin],
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    ...(options.banner ? { banner: { js: options.banner } } : {}),
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
