// Two outputs from the TypeScript sources (workspace deps through the `@onewindow/source` condition):
//  - dist-bundle/esm/: one ES module per element (plus shared chunks), lit left external for apps that bundle;
//  - dist-bundle/onewindow.min.js: ONE minified IIFE that registers every element (lit, engine and the
//    CSP-safe validator inside) for a plain <script src> on a strict-CSP portal page;
//  - dist-bundle/onewindow-apply.min.js: the same for the applicant side only (src/applicant.ts).
import { existsSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Element folders only (src/components/ow-x/ow-x.ts): not Vitest's __screenshots__ of a failed test.
const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('ow-'))
  .map((entry) => entry.name)
  .filter((name) => existsSync(`src/components/${name}/${name}.ts`));

const plugins = () => [
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  nodeResolve({
    browser: true,
    exportConditions: ['@onewindow/source'],
    extensions: ['.mjs', '.js', '.ts', '.json'],
  }),
  commonjs(),
  json({ preferConst: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
];

const onwarn = (warning, warn) => {
  if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'MODULE_LEVEL_DIRECTIVE'].includes(warning.code)) return;
  warn(warning);
};

export default [
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ...components.map((name) => [name, `src/components/${name}/${name}.ts`]),
    ]),
    external: [/^lit(\/|$)/, /^@lit\//, /^lit-html(\/|$)/, /^lit-element(\/|$)/],
    output: {
      dir: 'dist-bundle/esm',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn,
    plugins: plugins(),
  },
  ...[
    ['src/index.ts', 'dist-bundle/onewindow.min.js'],
    // Applicant side only (guide, form, materials, apply): no workbench, no flow engine.
    ['src/applicant.ts', 'dist-bundle/onewindow-apply.min.js'],
  ].map(([input, file]) => ({
    input,
    output: { file, format: 'iife', name: 'OneWindow', sourcemap: true },
    onwarn,
    plugins: [...plugins(), terser({ format: { comments: false }, compress: { passes: 2 } })],
  })),
];
