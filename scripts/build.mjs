// Builds dist/ from src/ with esbuild, for a start-up close to bare Node:
//
// - The data in data/ is validated here, once (a broken file fails the build naming the file and field), the default
//   profile with the profile schema; the bundle carries the validated documents and skips validation at run time
//   (src/domain/data.ts DATA_CHECKED).
// - dist/glowplan.js is a CommonJS bundle of everything a run needs at start-up ("core"). bin/glowplan.js loads it
//   through vm.Script with a V8 code cache made here for the Node running the build (dist/glowplan.js.cache, after
//   running the usual commands in-process, so it holds their functions): no parsing or compiling on start. A checksum
//   in its header keeps a damaged cache from ever reaching V8. Any other Node makes its own cache at run time (see
//   bin/glowplan.js).
// - Every module that src/ loads with import() (the table renderer, prompts, Markdown, iCalendar, batch) becomes
//   its own lazy chunk in dist/chunks/, loaded only when used. A chunk takes the core modules it imports from
//   the loaded core (one instance of each: errors stay `instanceof`-comparable, data is loaded once).
// - Node built-ins only a rare path uses (child_process for commander, crypto for temp file names, fs/promises and
//   timers/promises for writing files) load on first use, not at start-up.
// - dist/ is built beside it (node_modules/.cache) and swapped in whole with two renames: the old dist/ aside, the
//   new one in. A run never sees half of a build; one that starts in the instant between the two renames finds no
//   dist/ and tries again a moment later (bin/glowplan.js), so no run fails for it. (A symbolic link swapped with
//   one rename would close that instant, but npm pack leaves a linked dist/ out of the package.)
// GLOWPLAN_BUILD_READABLE=1 leaves the bundles unminified (for profiling); GLOWPLAN_BUILD_NO_CACHE=1 makes no code
// cache (bin/glowplan.js then compiles as usual).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(ROOT, 'dist');
const CACHE_DIR = resolve(ROOT, 'node_modules', '.cache');
const OUT = resolve(CACHE_DIR, `glowplan-build-${process.pid}`);
const OUT_CACHE_INPUT = resolve(CACHE_DIR, `glowplan-build-${process.pid}.jsonl`);
const ENTRY = 'src/cli/main.ts';
const LAZY_BUILTINS = ['child_process', 'crypto', 'os', 'fs/promises', 'timers/promises'];
const requireHere = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const fail = (message) => {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
};

/** esbuild, ending the build with one line after its own messages when it fails. */
const bundle = (options) => build(options).catch(() => fail('bundling failed: see the errors above'));

/** A path relative to the project root, with forward slashes (as esbuild's metafile names inputs). */
const rel = (path) => relative(ROOT, path).split(sep).join('/');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: !process.env.GLOWPLAN_BUILD_READABLE,
  legalComments: 'none',
  // Regular expressions with Unicode property escapes (\p{...}, in Node since version 10) stay literals: esbuild
  // would otherwise rewrite them as `new RegExp(...)` calls it cannot drop when unused. valibot's emoji pattern was
  // one, built on every run though glowplan never uses it (V8 looks up its Unicode properties as it checks the
  // pattern: half a million instructions).
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  // CommonJS output has no import.meta: give modules that use import.meta.url their own file's URL.
  define: { 'import.meta.url': '__glowplan_meta_url' },
};
// Around every bundle file: the function bin/glowplan.js runs it as (see finish()).
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __glowplan_chunk) {';
const WRAPPER_TAIL = '\n});\n';
// Prepended to a bundle that uses import.meta.url (see finish()).
const META_URL = 'var __glowplan_meta_url=require("node:url").pathToFileURL(__filename).href;\n';

// 1. The data, validated with the same code the tests use.
async function checkedData() {
  const out = await bundle({
    ...common,
    stdin: {
      contents:
        "export { checkData, RAW_DATA } from './src/domain/data.ts'; export { validateProfile } from './src/profile/schema.ts';",
      resolveDir: ROOT,
      sourcefile: 'glowplan-data-check.js',
      loader: 'js',
    },
    format: 'esm',
    write: false,
    define: {},
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  const data = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  let checked;
  try {
    checked = data.checkData(data.RAW_DATA);
  } catch (err) {
    fail(err.name === 'DataError' ? err.message : `cannot validate data/: ${err.stack ?? err}`);
  }
  // The default profile, with the schema every profile file passes (the program then takes it as it is).
  const profile = data.validateProfile(checked['default-profile.json']);
  if (!profile.ok) fail(`data/default-profile.json: ${profile.problems[0].message}`);
  return { ...checked, 'default-profile.json': profile.value };
}

// 2. Which modules a run needs at start-up (reached from the entry by static imports) and which are lazy.
async function analyse() {
  const out = await bundle({
    ...common,
    entryPoints: [ENTRY],
    format: 'esm',
    splitting: true,
    outdir: OUT,
    write: false,
    metafile: true,
    define: {},
  });
  const inputs = out.metafile.inputs;
  const core = new Set();
  const visit = (path) => {
    if (core.has(path) || !inputs[path]) return;
    core.add(path);
    for (const i of inputs[path].imports) if (!i.external && i.kind !== 'dynamic-import') visit(i.path);
  };
  visit(ENTRY);
  const lazy = new Set();
  for (const input of Object.values(inputs))
    for (const i of input.imports)
      if (i.kind === 'dynamic-import' && !i.external && !core.has(i.path)) lazy.add(i.path);
  // Core modules some lazy module imports: the core hands these over (see coreEntry).
  const shared = new Set();
  for (const [path, input] of Object.entries(inputs))
    if (!core.has(path)) for (const i of input.imports) if (!i.external && core.has(i.path)) shared.add(i.path);
  // Each shared module's export names (the core hands a chunk an object of them: see coreEntry), from one bundling
  // with each of them an entry point (the metafile lists an entry's exports; the modules they import with import()
  // are entries there too, and left out).
  const entries = await bundle({
    ...common,
    entryPoints: [...shared],
    format: 'esm',
    splitting: true,
    outdir: OUT,
    write: false,
    metafile: true,
  });
  const exportsOf = new Map();
  for (const output of Object.values(entries.metafile.outputs))
    if (shared.has(output.entryPoint)) exportsOf.set(output.entryPoint, output.exports);
  for (const path of shared) if (!exportsOf.has(path)) fail(`no exports found for ${path}`);
  return { core, lazy, shared: exportsOf };
}

/**
 * dist/chunks/<name>.js for a lazy module: its path under src/ (or, for a library, under node_modules/), dashed
 * ("render-table", "chalk-source-index").
 */
const chunkName = (path) =>
  path
    .replace(/^.*node_modules\//, '')
    .replace(/^src\//, '')
    .replace(/\.[cm]?[jt]sx?$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-');

/**
 * Node built-ins loaded on first use of any of their exports. An `import` gets an ES module of forwarding functions
 * (esbuild keeps only those imported, and binds them directly); a `require()` (commander's) gets an object of getters.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true } // the real one, inside the lazy wrapper
        : {
            path: args.path.replace(/^node:/, ''),
            namespace: 'lazy-builtin',
            pluginData: { cjs: args.kind === 'require-call' },
          },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = requireHere(`node:${args.path}`);
      const keys = Object.keys(real);
      const get = `let m;const get=()=>(m??=require("node:${args.path}"));`;
      if (args.pluginData?.cjs)
        return {
          loader: 'js',
          contents: `${get}for(const k of ${JSON.stringify(keys)})Object.defineProperty(exports,k,{enumerable:true,get:()=>get()[k]});`,
        };
      const functions = keys.filter((k) => typeof real[k] === 'function' && /^[A-Za-z_$][\w$]*$/.test(k));
      return {
        loader: 'js',
        contents: `${get}${functions.map((k) => `export function ${k}(...a){return get().${k}(...a)}`).join('')}`,
      };
    });
  },
};

/**
 * chalk's own colour detection (its vendored supports-color), replaced by "no colour": glowplan decides colour in one
 * place (src/render/color.ts) and always makes its chalk with that level, so the detection, which loads node:tty
 * (and with it node:net) as the table renderer loads, would only cost start-up time.
 */
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'no-chalk-detection' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-chalk-detection' }, () => ({
      loader: 'js',
      contents: 'export default { stdout: false, stderr: false };',
    }));
  },
};

/**
 * Resolves every import once more to sort it: a lazy module imported with import() becomes a require() of its
 * chunk; in a chunk, a core module becomes the loaded core's instance of it.
 */
function linker({ lazy, shared }, { inChunk }) {
  return {
    name: 'glowplan-linker',
    setup(b) {
      // The core and the chunks, required at run time (import() of a chunk becomes a require() on first use).
      for (const namespace of ['glowplan-core', 'glowplan-chunk'])
        b.onResolve({ filter: /.*/, namespace }, (args) => ({ path: args.path, external: true }));
      // bin/glowplan.js passes __glowplan_chunk, which loads a chunk with its code cache; plain require otherwise.
      b.onLoad({ filter: /.*/, namespace: 'glowplan-chunk' }, (args) => ({
        loader: 'js',
        contents: `module.exports=typeof __glowplan_chunk=="function"?__glowplan_chunk(${JSON.stringify(args.path)}):require(${JSON.stringify(args.path)});`,
      }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.linker || args.kind === 'entry-point' || args.namespace !== 'file') return undefined;
        const found = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { linker: true },
        });
        if (found.errors.length || found.external || found.namespace !== 'file') return undefined;
        const path = rel(found.path);
        if (lazy.has(path) && args.kind === 'dynamic-import')
          return { path: `./${inChunk ? '' : 'chunks/'}${chunkName(path)}.js`, namespace: 'glowplan-chunk' };
        if (inChunk && shared.has(path)) return { path, namespace: 'glowplan-core' };
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'glowplan-core' }, (args) => ({
        loader: 'js',
        contents: `module.exports=require("../glowplan.js").__modules[${JSON.stringify(args.path)}];`,
      }));
    },
  };
}

/** The core entry: the program's exports, plus the shared modules for the chunks. */
function coreEntry(shared) {
  const list = [...shared.keys()].sort();
  const lines = [`export * from './${ENTRY}';`];
  // Each module's exports imported by name, and handed over as an object of getters (live, as a namespace's are),
  // made when a chunk first asks for the module (a getter that then stays a plain value). A namespace object
  // (`import * as`) would be made for every module at every start-up, one accessor defined per export. Marked as an
  // ES module, so a chunk's default and named imports of it work as they do between ES modules.
  list.forEach((path, i) => {
    const names = shared.get(path);
    if (names.length)
      lines.push(
        `import { ${names.map((name, j) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)} as m${i}_${j}`).join(', ')} } from './${path}';`,
      );
  });
  lines.push(
    'const once = (o, k, v) => (Object.defineProperty(o, k, { value: v, enumerable: true }), v);',
    `export const __modules = { ${list
      .map((path, i) => {
        const getters = shared.get(path).map((name, j) => `get ${JSON.stringify(name)}() { return m${i}_${j}; }`);
        const module = `{ __proto__: null, __esModule: true, ${getters.join(', ')} }`;
        return `get ${JSON.stringify(path)}() { return once(this, ${JSON.stringify(path)}, ${module}); }`;
      })
      .join(', ')} };`,
  );
  return lines.join('\n');
}

/** Adds import.meta.url where a bundle uses it, and a first line naming its content (code caches carry it too). */
function finish(file) {
  let code = readFileSync(file, 'utf8');
  if (code.includes('__glowplan_meta_url')) code = META_URL + code;
  // bin/glowplan.js reads every bundle file as latin1 (the fastest decoding): each must be ASCII, as esbuild writes
  // it (it keeps other characters only inside regular expressions: write those as \u escapes in the source). A
  // readable build also keeps the libraries' comments, some with other characters: those become '?'.
  if (process.env.GLOWPLAN_BUILD_READABLE) code = code.replace(/[\u0080-\uffff]/g, '?');
  if (/[\u0080-\uffff]/.test(code))
    fail(`${rel(file)} is not ASCII: keep esbuild's charset at its default, and \\u escapes in regular expressions`);
  const id = `//glowplan ${pkg.version} ${createHash('sha256').update(code).digest('hex').slice(0, 24)}`;
  // Written as the function bin/glowplan.js calls (a CommonJS module's wrapper), so it compiles the file's text as
  // it is: wrapping it at run time would copy the whole text into a new string on every run.
  writeFileSync(file, `${id}\n${WRAPPER_HEAD}${code}${WRAPPER_TAIL}`);
}

/** Writes a file whole or not at all. */
function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

// 3. V8 code caches for the core and the chunks it loaded, made by loading them exactly as bin/glowplan.js does
// and running the usual commands in-process (so the functions they call are compiled and cached too). Made here,
// never at run time.
function makeCodeCaches() {
  const batch = resolve(OUT_CACHE_INPUT);
  writeFileSync(batch, '{"id":1,"skin":"dry","serums":["retinol","aha"]}\n{"id":2,"masks":["clay"]}\n');
  const script = `
    const { loadCore } = require(${JSON.stringify(resolve(ROOT, 'bin/glowplan.js'))});
    const { PassThrough } = require('node:stream');
    const core = loadCore(false);
    const io = () => ({
      stdout: { write: () => true }, stderr: { write: () => true }, stdin: new PassThrough(),
      env: { XDG_CONFIG_HOME: '/nonexistent-glowplan-build', HOME: '/nonexistent-glowplan-build' },
      now: () => new Date(2026, 10, 24, 12), cwd: process.cwd(),
    });
    const runs = [
      ['--help'], ['week', '--help'], ['compare', '--json'], ['week', '--json'], ['plan', '--json'],
      ['scenario', 'travel', '--json'], ['rules', '--json'], ['week', '--bogus'], ['week', '--start', '2026-02-30'],
      ['compare'], ['week'], ['week', '--explain'], ['plan'], ['scenario', 'travel'], ['scenario', '--list'], ['rules'],
      ['week', '--format', 'markdown'], ['week', '--format', 'ics'], ['week', '--batch', ${JSON.stringify(batch)}],
    ];
    (async () => {
      for (const argv of runs) await core.exports.main(argv, io());
      // A table in colour, as on a terminal: the colour library is loaded only then.
      const colour = io();
      await core.exports.main(['week'], { ...colour, env: { ...colour.env, FORCE_COLOR: '1' } });
      const out = {};
      for (const [file, script] of core.scripts) out[file] = script.createCachedData().toString('base64');
      process.stdout.write(JSON.stringify(out));
    })().catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 256 << 20,
  });
  rmSync(batch, { force: true });
  let caches;
  try {
    if (r.status !== 0) throw new Error(r.stderr || String(r.error));
    caches = JSON.parse(r.stdout);
  } catch (err) {
    process.stderr.write(`build: warning: no code cache (start-up will be slower): ${err.message}\n`);
    return;
  }
  const { cacheFile } = requireHere(resolve(ROOT, 'bin/glowplan.js'));
  for (const [file, data] of Object.entries(caches)) {
    // The header bin/glowplan.js checks: the bundle's id line, the V8 (with Node's patches) and CPU, and the
    // checksum of the cache (V8 does not check a cache's content: a damaged one could crash it).
    const code = readFileSync(file, 'utf8');
    const key = `${code.slice(0, code.indexOf('\n'))} ${process.versions.v8} ${process.arch} `;
    writeAtomic(`${file}.cache`, cacheFile(key, Buffer.from(data, 'base64')));
  }
}

const data = await checkedData();
const graph = await analyse();
rmSync(OUT, { recursive: true, force: true });
process.on('exit', () => rmSync(OUT, { recursive: true, force: true }));
mkdirSync(resolve(OUT, 'chunks'), { recursive: true });
// dist/ is CommonJS whatever package.json says.
writeFileSync(resolve(OUT, 'package.json'), '{ "type": "commonjs" }\n');

/**
 * The bundled data files: the documents as checkData output them, each as JSON text that JSON.parse reads once (V8
 * reads JSON faster than it builds the same objects from literals the first time they run: about 0.3 million
 * instructions a run).
 */
const checkedDataFiles = {
  name: 'checked-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      if (dirname(args.path) !== resolve(ROOT, 'data') || !(basename(args.path) in data)) return undefined;
      return {
        loader: 'js',
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data[basename(args.path)]))});`,
      };
    });
  },
};
const define = {
  ...common.define,
  GLOWPLAN_VERSION: JSON.stringify(pkg.version),
  GLOWPLAN_DATA_CHECKED: 'true',
};

await bundle({
  ...common,
  stdin: { contents: coreEntry(graph.shared), resolveDir: ROOT, sourcefile: 'glowplan-core.js', loader: 'js' },
  outfile: resolve(OUT, 'glowplan.js'),
  format: 'cjs',
  define,
  plugins: [checkedDataFiles, noChalkDetection, lazyBuiltins, linker(graph, { inChunk: false })],
});
await Promise.all(
  [...graph.lazy].map((path) =>
    bundle({
      ...common,
      // esbuild gives a JSON entry no CommonJS exports: wrap it.
      ...(/\.[cm]?[jt]sx?$/.test(path)
        ? { entryPoints: [path] }
        : { stdin: { contents: `module.exports=require(${JSON.stringify(`./${path}`)});`, resolveDir: ROOT } }),
      outfile: resolve(OUT, 'chunks', `${chunkName(path)}.js`),
      format: 'cjs',
      define,
      plugins: [checkedDataFiles, noChalkDetection, linker(graph, { inChunk: true })],
    }),
  ),
);
finish(resolve(OUT, 'glowplan.js'));
for (const path of graph.lazy) finish(resolve(OUT, 'chunks', `${chunkName(path)}.js`));

// Swap the new dist/ in (retrying if another build swaps at the same moment); the old one goes.
for (let attempt = 0; ; attempt++) {
  const old = resolve(ROOT, `dist.old-${process.pid}-${attempt}`);
  try {
    if (existsSync(DIST)) renameSync(DIST, old);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  try {
    try {
      renameSync(OUT, DIST);
    } catch (err) {
      if (err.code !== 'EXDEV') throw err;
      cpSync(OUT, DIST, { recursive: true }); // node_modules on another file system: copy instead
    }
    rmSync(old, { recursive: true, force: true });
    break;
  } catch (err) {
    rmSync(old, { recursive: true, force: true });
    if (attempt >= 5 || !['ENOTEMPTY', 'EEXIST'].includes(err.code)) throw err;
  }
}
// After the swap: V8 records the script's file name in the cache (it shows in stack traces).
if (!process.env.GLOWPLAN_BUILD_NO_CACHE) makeCodeCaches();
