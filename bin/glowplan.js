#!/usr/bin/env node
// The glowplan command: loads the bundle dist/glowplan.js, and the lazy chunks it asks for, so that start-up
// skips as much parsing and compiling as the running Node allows.
//
// - Node >= 22.1: Node's own compile cache (module.enableCompileCache), in $XDG_CACHE_HOME/glowplan when that is
//   set, else Node's default folder (NODE_COMPILE_CACHE overrides both; NODE_DISABLE_COMPILE_CACHE=1 turns it off),
//   made with every function compiled (see enableCompileCache). Node keys each entry by the
//   file's content and checks a checksum of the entry before use, and it writes the cache itself at exit. The
//   bundle is loaded with a plain require().
// - Older Node (20): the V8 code cache the build made next to each bundle file (dist/glowplan.js.cache). Its header
//   carries the bundle's id line, the V8 and CPU that made it, and a CRC-32 of the cache: a stale cache, one from
//   another Node, or one damaged in any byte is never offered to V8 (which would crash on a damaged one); the bundle
//   is compiled as usual instead. Checking the CRC costs about 2 ms (loading zlib); the cache saves about 10.
//   GLOWPLAN_NO_CODE_CACHE=1 turns it off.
// Nothing is written by this file: the build writes the code caches, each whole or not at all.
// A bundle file that is missing (a build not run, or half-deleted) ends the run with one line saying to build.
// CommonJS on purpose (bin/package.json): Node loads it without starting its ES module loader.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { readFileSync, realpathSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname, isAbsolute, join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');

/** One line on stderr naming the missing bundle file; exit 1. The entry point: the only place that may exit. */
function missing(file) {
  const shown = file.startsWith(DIST) ? `dist${file.slice(DIST.length)}` : file;
  process.stderr.write(`glowplan: ${shown} is missing: run \`npm run build\` (or \`npm install\`) first\n`);
  process.exit(1);
}

/**
 * True for the errors a missing file gives (fs: ENOENT; require: MODULE_NOT_FOUND for that very file, or for a
 * bundle file that a chunk requires, such as the core, while dist/ is being swapped).
 */
const isMissing = (err, file) =>
  err &&
  (err.code === 'ENOENT' ||
    (err.code === 'MODULE_NOT_FOUND' && (String(err.message).includes(file) || String(err.message).includes(DIST))));

/**
 * Runs fn(); when the file is missing, tries again every 5 ms for 200 ms before giving up: a build swaps a new
 * dist/ in with two renames (scripts/build.mjs), and a run that starts between them finds no dist/ for an instant.
 */
function withRetry(file, fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isMissing(err, file)) throw err;
      if (attempt === 40) missing(file);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * Node's compile cache, where Node has one (22.1 and later); true when it is on. V8 is first told to compile every
 * function when it compiles the script (--no-lazy) rather than each on its first call: Node makes the cache as it
 * compiles, so otherwise it would hold only the outermost code, and every run would parse again each function it
 * calls. Measured (CPU time, alternating runs) for `week --json`: about 60 ms down to 50 on Node 22 and 24, loading
 * node:v8 included; the first run, which makes the cache, costs a little more. The flag is part of the cache folder's
 * name, so these entries never mix with those made without it.
 */
function enableCompileCache() {
  if (typeof Module.enableCompileCache !== 'function') return false;
  const v8 = require('node:v8');
  v8.setFlagsFromString('--no-lazy');
  let status;
  try {
    const home = process.env.XDG_CACHE_HOME;
    const dir = process.env.NODE_COMPILE_CACHE ?? (home && isAbsolute(home) ? join(home, 'glowplan') : undefined);
    status = Module.enableCompileCache(dir).status;
  } catch {
    // a cache folder that cannot be made: Node compiles as usual
  }
  const { ENABLED, ALREADY_ENABLED, FAILED } = Module.constants?.compileCacheStatus ?? {};
  // No cache (turned off, or no folder for it): compiling every function would only cost time.
  if (status !== ENABLED && status !== ALREADY_ENABLED) v8.setFlagsFromString('--lazy');
  return status !== undefined && status !== FAILED;
}

/**
 * Loads dist/glowplan.js with require(); its lazy chunks load through __glowplan_chunk (a global here), which names
 * a missing chunk instead of failing deep inside the program.
 */
function requireCore() {
  globalThis.__glowplan_chunk = (rel) => {
    const file = join(DIST, 'chunks', basename(rel));
    return withRetry(file, () => require(file));
  };
  const file = join(DIST, 'glowplan.js');
  return withRetry(file, () => require(file));
}

/**
 * Loads dist/glowplan.js as a CommonJS module through vm.Script; `cache`: use the build's code caches. Returns its
 * exports and every script loaded (the build makes the caches from them).
 */
function loadCore(cache, dist = DIST) {
  const { Script } = require('node:vm');
  const scripts = new Map();
  const useCache = cache && !process.env.GLOWPLAN_NO_CODE_CACHE;
  const debug = process.env.GLOWPLAN_DEBUG_CODE_CACHE;
  /** Runs one bundle file as a module registered under its path (chunks require the core back by path). */
  const load = (path, encoding = 'utf8') => {
    const [file, source] = withRetry(path, () => {
      const real = realpathSync(path);
      return [real, require.cache[real] ? '' : readFileSync(real, encoding)];
    });
    if (require.cache[file]) return require.cache[file].exports;
    let cachedData;
    let damaged = false; // a cache for this very bundle and V8 whose CRC does not match
    if (useCache) {
      try {
        // The header: the bundle's id line, the V8 (with Node's patches) and CPU that made the cache, and the CRC-32
        // of the cache after the header. V8 checks a cache's version, flags and length itself, but not its content:
        // a cache damaged in place (same length) would be a V8 fatal error. So it is offered only when its CRC
        // matches (zlib.crc32: Node 20.15 and later; an older Node compiles as usual).
        const id = `${source.slice(0, source.indexOf('\n'))} ${process.versions.v8} ${process.arch} `;
        const data = readFileSync(`${file}.cache`);
        const end = data.indexOf(10);
        if (id.length > 2 && end > id.length && data.toString('latin1', 0, id.length) === id) {
          const body = data.subarray(end + 1);
          const { crc32 } = require('node:zlib');
          if (typeof crc32 === 'function' && crc32(body).toString(16) === data.toString('latin1', id.length, end))
            cachedData = body;
          else damaged = true;
        }
      } catch {
        // no cache: V8 compiles
      }
    }
    const wrapped = `(function (exports, require, module, __filename, __dirname, __glowplan_chunk) { ${source}\n});`;
    const script = new Script(wrapped, { filename: file, cachedData });
    if (debug) {
      const state = damaged || script.cachedDataRejected ? 'rejected' : cachedData ? 'used' : 'none';
      process.stderr.write(
        `code cache${scripts.size ? ` (${file.slice(file.lastIndexOf('/') + 1)})` : ''}: ${state}\n`,
      );
    }
    scripts.set(file, script);
    const mod = new Module(file, module);
    mod.filename = file;
    require.cache[file] = mod;
    const chunk = (rel) => load(join(dirname(file), rel));
    // A chunk asks for the core by its relative path: hand it the loaded one without touching the disk again (it
    // may be mid-swap), so a run never mixes two builds.
    const plain = Module.createRequire(file);
    const coreFile = scripts.keys().next().value;
    const requireHere = Object.assign(
      (id) =>
        id.startsWith('.') && join(dirname(file), id) === coreFile ? require.cache[coreFile].exports : plain(id),
      plain,
    );
    script.runInThisContext()(mod.exports, requireHere, mod, file, dirname(file), chunk);
    mod.loaded = true;
    return mod.exports;
  };
  const exports = load(join(dist, 'glowplan.js'), 'latin1'); // the build keeps it ASCII: the fastest decoding
  return { exports, scripts };
}

if (require.main !== module) module.exports = { loadCore };
else (enableCompileCache() ? requireCore() : loadCore(true).exports).run();
