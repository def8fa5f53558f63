#!/usr/bin/env node
// The glowplan command. Loads the bundle dist/glowplan.js, and the lazy chunks it asks for, with the V8 code cache
// the build made for each, so that start-up skips parsing and compiling. Without a usable cache (missing, stale,
// made by another Node version, or GLOWPLAN_NO_CODE_CACHE set) V8 compiles as usual. Nothing is written here at
// run time: the build (npm install runs it) writes the caches, each whole or not at all.
// CommonJS on purpose (bin/package.json): Node loads it without starting its ES module loader.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { readFileSync, realpathSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/**
 * Loads dist/glowplan.js as a CommonJS module; `cache`: use the code caches. Returns its exports and every script
 * loaded (the build makes the caches from them).
 */
function loadCore(cache, dist = join(__dirname, '..', 'dist')) {
  const scripts = new Map();
  const useCache = cache && !process.env.GLOWPLAN_NO_CODE_CACHE;
  const debug = process.env.GLOWPLAN_DEBUG_CODE_CACHE;
  /** Runs one bundle file as a module registered under its path (chunks require the core back by path). */
  const load = (path, encoding = 'utf8') => {
    const file = realpathSync(path);
    if (require.cache[file]) return require.cache[file].exports;
    const source = readFileSync(file, encoding);
    let cachedData;
    if (useCache) {
      try {
        // A cache starts with its bundle's id line and the V8 that made it: a stale cache, or one from another
        // Node, is never offered to V8 (V8 checks its own version too, but not Node's patches to it).
        const id = `${source.slice(0, source.indexOf('\n'))} ${process.versions.v8} ${process.arch}\n`;
        const data = readFileSync(`${file}.cache`);
        if (id.length > 1 && data.toString('latin1', 0, id.length) === id)
          cachedData = new Uint8Array(data.buffer, data.byteOffset + id.length, data.length - id.length);
      } catch {
        // no cache: V8 compiles
      }
    }
    const wrapped = `(function (exports, require, module, __filename, __dirname, __glowplan_chunk) { ${source}\n});`;
    const script = new Script(wrapped, { filename: file, cachedData });
    if (debug) {
      const state = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
      process.stderr.write(
        `code cache${scripts.size ? ` (${file.slice(file.lastIndexOf('/') + 1)})` : ''}: ${state}\n`,
      );
    }
    scripts.set(file, script);
    const mod = new Module(file, module);
    mod.filename = file;
    require.cache[file] = mod;
    const chunk = (rel) => load(join(dirname(file), rel));
    script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, dirname(file), chunk);
    mod.loaded = true;
    return mod.exports;
  };
  const exports = load(join(dist, 'glowplan.js'), 'latin1'); // the build keeps it ASCII: the fastest decoding
  return { exports, scripts };
}

if (require.main !== module) module.exports = { loadCore };
else {
  let core;
  try {
    core = loadCore(true);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    process.stderr.write('glowplan: dist/glowplan.js is missing: run `npm run build` (or `npm install`) first\n');
    process.exit(1);
  }
  core.exports.run();
}
