// Mutated specs for bench/fuzz: mutant `index` of seed `seed` is always the same, so any finding can be
// reproduced with `node bench/fuzz/fuzz.mjs --seed <seed> --only <index>`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The corpus: every example spec and the test fixtures, as parsed JSON. */
export const corpus = (() => {
  const files = readdirSync(`${root}examples/specs/`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${root}examples/specs/${name}`);
  files.push(`${root}packages/spec/test/fixtures/dibao-apply.json`);
  return files.map((file) => ({ file, spec: JSON.parse(readFileSync(file, 'utf8')) }));
})();

/** mulberry32: small, fast, good enough for picking mutations. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

/** Text that ends comments, strings, templates, lines, scripts; drives terminals; reaches prototypes. */
const HOSTILE_STRINGS = [
  '*/globalThis.PWNED=1;/*',
  '</script><script>globalThis.PWNED=1</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the attack
  '${globalThis.PWNED=1}',
  '`',
  '"',
  "'",
  '\\',
  'a\nb\rc',
  'a\u2028b\u2029c',
  '\u001b[2J\u001b]0;pwned\u0007',
  '\u009b31m',
  '\u202eevil\u202c',
  '\u0000',
  '\ud800',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '%%{init: {"theme": "dark"}}%%',
  '-->',
  '<!--',
  '#/%zz',
  '😀',
  '',
  ' ',
  '居民身份证',
];

/** Patterns: ordinary, catastrophic, polynomial, invalid, odd (a pool, so recheck's cache holds them). */
const PATTERNS = [
  '^[0-9]{16,19}$',
  '^\\d{6}$',
  '^1[3-9]\\d{9}$',
  '^[\\u4e00-\\u9fa5]{2,20}$',
  '^[A-Za-z][A-Za-z0-9_-]*$',
  '^(a+)+$',
  '(a|a)*$',
  '\\s*$',
  '^(\\w+\\s?)*$',
  '([a-z]*[0-9]*)*x',
  '^(?=a)(a+)+$',
  '^[a-z',
  '(',
  '\\',
  '[z-a]',
  '(?<name>a)\\k<name>',
  '\\p{Script=Han}+',
  '\\p{NotAProperty}',
  '',
  '.*',
  '^(?:a|b|ab)*c$',
  '(\\d+)+\\.',
];

const JSON_LOGIC_OPS = [
  'var',
  'missing',
  'missing_some',
  'if',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'in',
  'cat',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'some',
  'all',
  'none',
  'merge',
  // forbidden ones, which validate must refuse and evaluateCondition must not run
  'method',
  'log',
  'map',
  'filter',
  'reduce',
  'substr',
];
const VAR_PATHS = [
  'applicant.name',
  'applicant',
  'householdSize',
  '__proto__',
  'a.constructor',
  '',
  'x.0.y',
  1,
];

function randomLogic(r, depth) {
  if (depth <= 0 || r.chance(0.3)) {
    return r.pick([
      { var: r.pick(VAR_PATHS) },
      r.int(100),
      r.pick(['a', '城镇', '']),
      r.chance(0.5),
      null,
      [1, 2, 3],
    ]);
  }
  const op = r.pick(JSON_LOGIC_OPS);
  const args = Array.from({ length: 1 + r.int(3) }, () => randomLogic(r, depth - 1));
  return { [op]: r.chance(0.1) ? args[0] : args };
}

/** A value of another kind than `value`. */
function otherType(r, value) {
  const kinds = [
    () => r.int(1_000_000) - 500,
    () => r.pick([0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1]),
    () => r.pick(HOSTILE_STRINGS),
    () => null,
    () => r.chance(0.5),
    () => [],
    () => ({}),
    () => [r.pick(HOSTILE_STRINGS)],
    () => ({ [r.pick(HOSTILE_STRINGS)]: 1 }),
  ];
  for (;;) {
    const candidate = r.pick(kinds)();
    if (typeof candidate !== typeof value || Array.isArray(candidate) !== Array.isArray(value))
      return candidate;
  }
}

/** Every [parent, key] place in a JSON value, up to `limit` places. */
function places(value, limit = 5_000) {
  const found = [];
  const stack = [value];
  while (stack.length && found.length < limit) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      found.push([node, key]);
      stack.push(node[key]);
    }
  }
  return found;
}

/** Places that hold a JSON Schema (objects inside form.schema). */
function schemaObjects(spec) {
  const schema = spec?.form?.schema;
  if (typeof schema !== 'object' || schema === null) return [];
  return [schema, ...places(schema).map(([parent, key]) => parent[key])].filter(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  );
}

function nested(r, depth) {
  let value = r.pick(['leaf', 1, null]);
  const asArray = r.chance(0.5);
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
  return value;
}

/** Set by deepNesting: the mutant is written without indentation, which would cost O(depth²) characters. */
let deep = false;

/** Mutations of the parsed spec. Each returns a short description. */
const OBJECT_MUTATIONS = {
  deleteKey(r, spec) {
    const all = places(spec);
    if (!all.length) return 'deleteKey: none';
    const [parent, key] = r.pick(all);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return `deleteKey ${key}`;
  },
  retype(r, spec) {
    const all = places(spec);
    if (!all.length) return 'retype: none';
    const [parent, key] = r.pick(all);
    parent[key] = otherType(r, parent[key]);
    return `retype ${key}`;
  },
  hugeString(r, spec) {
    const all = places(spec).filter(([parent, key]) => typeof parent[key] === 'string');
    if (!all.length) return 'hugeString: none';
    const [parent, key] = r.pick(all);
    const length = r.pick([1_000, 10_000, 100_000, 1_000_000]);
    parent[key] = r.pick(HOSTILE_STRINGS).padEnd(length, r.pick(['a', '中', ' ', '\u202e', '*/']));
    return `hugeString ${key} ${length}`;
  },
  deepNesting(r, spec) {
    const all = places(spec);
    if (!all.length) return 'deepNesting: none';
    const [parent, key] = r.pick(all);
    const depth = r.pick([40, 300, 1_000, 2_000]);
    parent[key] = nested(r, depth);
    if (depth > 300) deep = true;
    return `deepNesting ${key} ${depth}`;
  },
  hostileString(r, spec) {
    const all = places(spec).filter(([parent, key]) => typeof parent[key] === 'string');
    if (!all.length) return 'hostileString: none';
    const [parent, key] = r.pick(all);
    parent[key] = r.chance(0.5) ? r.pick(HOSTILE_STRINGS) : `${parent[key]}${r.pick(HOSTILE_STRINGS)}`;
    return `hostileString ${key}`;
  },
  hostileKey(r, spec) {
    const objects = places(spec)
      .map(([parent, key]) => parent[key])
      .filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
    const target = objects.length ? r.pick(objects) : spec;
    const key = r.pick(HOSTILE_STRINGS);
    Object.defineProperty(target, key, {
      value: otherType(r, undefined),
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return `hostileKey ${JSON.stringify(key)}`;
  },
  badRef(r, spec) {
    const schemas = schemaObjects(spec);
    if (!schemas.length) return 'badRef: no schema';
    const target = r.pick(schemas);
    target.$ref = r.pick([
      '#/%zz',
      '#/definitions/missing',
      'http://example.com/x.json',
      '#',
      '#/properties',
      '#/definitions/a',
      'file:///etc/passwd',
      '#/~2',
      '',
    ]);
    if (r.chance(0.5)) {
      spec.form.schema.definitions = {
        a: { $ref: '#/definitions/a' },
        b: { allOf: [{ $ref: '#/definitions/b' }] },
      };
    }
    return `badRef ${target.$ref}`;
  },
  randomLogic(r, spec) {
    // A random tree a few levels deep, or a deep chain of one operation (conditions are bounded at 32 levels).
    let logic = randomLogic(r, r.pick([2, 3, 5]));
    if (r.chance(0.2)) {
      const op = r.pick(['!', '!!', 'and', 'or', 'if']);
      for (let level = r.pick([30, 40, 2_000]); level > 0; level--) logic = { [op]: [logic] };
    }
    if (r.chance(0.5) && Array.isArray(spec.materials) && spec.materials.length) {
      r.pick(spec.materials).required = { when: logic };
      return 'randomLogic materials';
    }
    if (typeof spec.flow === 'object' && spec.flow !== null) spec.flow.automaticDecision = { when: logic };
    return 'randomLogic automaticDecision';
  },
  randomPattern(r, spec) {
    const schemas = schemaObjects(spec);
    if (!schemas.length) return 'randomPattern: no schema';
    const target = r.pick(schemas);
    const pattern = r.pick(PATTERNS);
    if (r.chance(0.8)) target.pattern = pattern;
    else target.patternProperties = { [pattern]: { type: 'string' } };
    return `randomPattern ${JSON.stringify(pattern)}`;
  },
  duplicateSubtree(r, spec) {
    const all = places(spec).filter(([parent]) => Array.isArray(parent));
    if (!all.length) return 'duplicateSubtree: none';
    const [parent, key] = r.pick(all);
    // At most about 4 MB of copies, so that the mutant stays a text the harness can build.
    const size = JSON.stringify(parent[key])?.length ?? 1;
    const copies = Math.min(r.pick([2, 50, 1_000]), Math.max(1, Math.floor(4_000_000 / size)));
    for (let n = 0; n < copies; n++) parent.push(structuredClone(parent[key]));
    return `duplicateSubtree x${copies}`;
  },
  manyKeys(r, spec) {
    const count = r.pick([100, 5_000, 20_000]);
    for (let n = 0; n < count; n++) spec[`unknown${n}`] = n;
    return `manyKeys ${count}`;
  },
};

/** Mutations of the text. Each returns [text, description]. */
const TEXT_MUTATIONS = {
  duplicateKeyLine(r, text) {
    const lines = text.split('\n');
    const candidates = lines
      .map((line, index) => [line, index])
      .filter(([line]) => /^\s*"[^"]+":/.test(line));
    if (!candidates.length) return [text, 'duplicateKeyLine: none'];
    const [line, index] = r.pick(candidates);
    const copy = line.endsWith(',') ? line : `${line},`;
    lines.splice(index, 0, copy);
    return [lines.join('\n'), 'duplicateKeyLine'];
  },
  truncate(r, text) {
    return [text.slice(0, r.int(text.length)), 'truncate'];
  },
  flipCharacter(r, text) {
    const at = r.int(text.length);
    return [
      text.slice(0, at) +
        r.pick(['{', '}', '[', ']', ',', '"', ':', '\\', '\u0000', '\n', 'x']) +
        text.slice(at + 1),
      'flipCharacter',
    ];
  },
  comment(r, text) {
    const at = text.indexOf('\n', r.int(text.length));
    return at < 0 ? [text, 'comment: none'] : [`${text.slice(0, at)} // comment${text.slice(at)}`, 'comment'];
  },
  hugeArray(r) {
    const length = r.pick([100_000, 1_000_000, 3_000_000]);
    return [`[${'0,'.repeat(length)}0]`, `hugeArray ${length}`];
  },
  deepText(r) {
    const depth = r.pick([5_000, 50_000, 200_000]);
    return [`${'['.repeat(depth)}${']'.repeat(depth)}`, `deepText ${depth}`];
  },
};

/** Byte-level forms of a text, for the CLI only (encodings). */
export const BYTE_MUTATIONS = [
  'utf16le-bom',
  'utf16be-bom',
  'utf16le',
  'utf8-bom',
  'latin1',
  'random-bytes',
  'nul-bytes',
];

/**
 * Mutant `index` of `seed`: `{ text, description, source, bytes? }`. One to four mutations of a corpus spec,
 * on the object or on the text; about one in fifty also gets a byte-level form for the CLI.
 */
export function mutant(seed, index) {
  const r = random((seed * 1_000_003 + index * 7_919) >>> 0);
  const base = r.pick(corpus);
  const spec = structuredClone(base.spec);
  const description = [];
  deep = false;
  const objectMutations = Object.keys(OBJECT_MUTATIONS);
  const count = 1 + r.int(4);
  for (let n = 0; n < count; n++) description.push(OBJECT_MUTATIONS[r.pick(objectMutations)](r, spec));
  // Indented like a real spec file, unless that would blow up: indentation costs O(depth²) characters.
  const compact = JSON.stringify(spec);
  let text = compact.length < 1_000_000 && !deep ? JSON.stringify(spec, null, 2) : compact;
  if (r.chance(0.25)) {
    const textMutations = Object.keys(TEXT_MUTATIONS);
    const [mutated, what] = TEXT_MUTATIONS[r.pick(textMutations)](r, text);
    text = mutated;
    description.push(what);
  }
  const bytes = r.chance(0.02) ? r.pick(BYTE_MUTATIONS) : undefined;
  if (bytes) description.push(`bytes ${bytes}`);
  return { text, description: description.join('; '), source: base.file.slice(root.length), bytes };
}

/** The bytes of `text` in the byte-level form `kind`. */
export function encode(text, kind, seed) {
  const utf16be = (value) => {
    const buffer = Buffer.from(value, 'utf16le');
    for (let i = 0; i + 1 < buffer.length; i += 2) [buffer[i], buffer[i + 1]] = [buffer[i + 1], buffer[i]];
    return buffer;
  };
  switch (kind) {
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'random-bytes': {
      const r = random(seed);
      return Buffer.from(Array.from({ length: 1 + r.int(4096) }, () => r.int(256)));
    }
    default:
      return Buffer.from(text.replace(/,/g, ',\u0000'));
  }
}
