#!/usr/bin/env node
// The glowplan command. Loads the bundle dist/glowplan.js with the V8 code cache the build made for it, so that
// start-up skips parsing and compiling. Without a usable cache (missing, stale, made by another Node version, or
// GLOWPLAN_NO_CODE_CACHE set) V8 compiles the bundle as usual. Nothing is written here at run time.
// CommonJS on purpose (bin/package.json): Node loads it without starting its ES module loader.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { readFileSync, realpathSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** Loads dist/glowplan.js as a CommonJS module (its lazy chunks require it back); `cache`: use the code cache. */
function loadCore(cache, dist = join(__dirname, '..', 'dist')) {
  const file = realpathSync(join(dist, 'glowplan.js'));
  const source = readFileSync(file, 'latin1'); // the build keeps the bundle ASCII: the fastest decoding
  let cachedData;
  if (cache && !process.env.GLOWPLAN_NO_CODE_CACHE) {
    try {
      // The cache starts with the bundle's first line (its content hash): a stale cache is never offered to V8.
      const id = source.slice(0, source.indexOf('\n') + 1);
      const data = readFileSync(`${file}.cache`);
      if (id.length > 1 && data.toString('latin1', 0, id.length) === id)
        cachedData = new Uint8Array(data.buffer, data.byteOffset + id.length, data.length - id.length);
    } catch {
      // no cache: V8 compiles
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new Script(wrapped, { filename: file, cachedData });
  if (process.env.GLOWPLAN_DEBUG_CODE_CACHE)
    process.stderr.write(`code cache: ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  const core = new Module(file, module);
  core.filename = file;
  require.cache[file] = core;
  script.runInThisContext()(core.exports, Module.createRequire(file), core, file, dirname(file));
  core.loaded = true;
  return { exports: core.exports, script };
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
