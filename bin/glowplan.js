#!/usr/bin/env node
// The glowplan command: loads the bundle dist/glowplan.js, and the lazy chunks it asks for, with a V8 code cache for
// each, so that start-up skips parsing and compiling the functions a run calls.
//
// - Each bundle file is compiled through vm.Script with the cache offered as cachedData. A cache holds the bytecode
//   of every function that had run when it was made (Node's own compile cache holds only the outermost code unless
//   every function is compiled up front, which costs loading node:v8 and compiling code no run needs).
// - Where a cache comes from: the build makes one next to each bundle file (dist/glowplan.js.cache) for the Node that
//   ran the build, after running the usual commands. A Node with no cache there (another version) makes its own at
//   the end of a run, in $XDG_CACHE_HOME/glowplan (else ~/.cache/glowplan, when the home folder exists), one per
//   command, named after the bundle file's content, the V8 version and the command: the first run of a command that
//   succeeds (exit 0) makes it, and later runs of that command read only the functions it calls (V8 reads a whole
//   cache, so one cache for every command would make each run read every other command's functions too; a typo,
//   which fails, makes none). A help run (`week --help`) and a batch (`week --batch`) have caches of their own: they
//   call other functions than the command's usual runs. The first run of a command may still have gone only part of
//   its usual way, so the next successful runs that use the cache make it again (V8 writes every function compiled
//   by then: those read from the cache and those the run compiled besides), until one is within 1/64 of its length
//   (SETTLED); from then on it is only read. Writing one removes the folder's cache files this run did not use once
//   they are 30 days old (an upgrade leaves the old build's behind). GLOWPLAN_NO_CODE_CACHE=1 turns both off.
// - A cache file starts with a header: the bundle's id line (a hash of its content), the V8 (with Node's patches)
//   and CPU that made it, a checksum of the cache, its generation (how many runs have made it) and, for one made at
//   run time, its mark: the modification time the writer gave the file. V8 checks a cache's version, flags and
//   length itself but not its content, and a cache damaged in place (same length) would be a V8 fatal error: so one
//   whose checksum does not match, or made for another bundle or V8, is never offered; the file is compiled as
//   usual. The checksum is a 64-bit multiply-rotate hash run as a tiny WebAssembly SIMD function: it reads the cache
//   in well under a millisecond, where loading zlib for a CRC-32 costs several (more than the cache saves on a Node
//   that starts fast). Starting WebAssembly still costs about half a millisecond, so a file that nothing has written
//   to since its writer made it whole is not hashed again: the writer syncs the file to disk, then sets its
//   modification time to the mark, half a second past a whole second, in the second before the write. Any later
//   write to the file (a program, a damaged or interrupted copy) gives it the time of that write, later than the
//   mark; a file system that keeps times to the second keeps no mark; such a file, or one copied without its times,
//   is checked in full.
// - Every file is written whole or not at all (a temporary file renamed over it), so concurrent runs never see half
//   of one; a cache folder that cannot be made or written changes nothing but speed.
// A bundle file that is missing (a build not run, or half-deleted) ends the run with one line saying to build.
// The functions every run calls are parenthesized function expressions (kept so from the formatter): V8 compiles
// those with the file itself, where a function declaration is only pre-parsed then and parsed again when first
// called. This file has no code cache, so that second parse would come with every run (about a million CPU
// instructions).
// CommonJS on purpose (bin/package.json): Node loads it without starting its ES module loader.
/* global require, module, __dirname, WebAssembly */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const {
  closeSync,
  fstatSync,
  fsyncSync,
  futimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { basename, dirname, isAbsolute, join, sep } = require('node:path');

// The Module class (node:module's default export) without loading node:module, which loads the ES module loader.
const Module = module.constructor;
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
// prettier-ignore
const withRetry = (function withRetry(file, fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isMissing(err, file)) throw err;
      if (attempt === 40) missing(file);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
});

// (module (memory (export "m") 1) (func (export "h") (param $at i32) (param $n i32) (result i64) ...)): memory[at,
// at + n) as 32-byte blocks, each two 16-byte halves of two 8-byte words, one to each of four 64-bit lanes (two
// i64x2 vectors): per lane, h = rotl((h ^ w) * 0x100000001b3, 29) from a fixed seed; the result is lane 0 xor the
// others rotated by 17, 31 and 47. Each step is a bijection of its lane, so a change to any one word always changes
// the result, and any other damage does but with odds of about 2^-64. Four words a step (SIMD) check a core's cache
// with about a million fewer CPU instructions than one word a step did.
const HASH_WASM =
  'AGFzbQEAAAABBwFgAn9/AX4DAgEABQMBAAEHCQIBbQIAAWgAAArGAQHDAQMDewF/AXv9DLMBAAAAAQAAswEAAAABAAAhBP0MHd1sT5H0RSUVfEp/uXk3niEC/QwVfEp/uXk3nh3dbE+R9EUlIQMgACABaiEFAkADQCAAIAVPDQEgAiAA/QAEAP1RIAT91QEiBkEd/csBIAZBI/3NAf1QIQIgAyAA/QAEEP1RIAT91QEiBkEd/csBIAZBI/3NAf1QIQMgAEEgaiEADAALCyAC/R0AIAL9HQFCEYmFIAP9HQBCH4mFIAP9HQFCL4mFCw==';
let hasher;

/** The hasher (its memory and its function), made on first use; null where there is no WebAssembly SIMD. */
// prettier-ignore
const getHasher = (function getHasher() {
  if (hasher === undefined)
    try {
      hasher = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(HASH_WASM, 'base64'))).exports;
    } catch {
      hasher = null; // node --jitless, or a CPU without SIMD: no cache is ever trusted
    }
  return hasher;
});

/** The hasher's memory as a Buffer of `size` bytes (its first bytes), grown as needed, with 32 zeros after it. */
// prettier-ignore
const hashBuffer = (function hashBuffer(size) {
  const more = size + 32 - hasher.m.buffer.byteLength;
  if (more > 0) hasher.m.grow(Math.ceil(more / 65536));
  new Uint8Array(hasher.m.buffer, size, 32).fill(0);
  return Buffer.from(hasher.m.buffer, 0, size);
});

/** The checksum of the `n` bytes at `at` of the hasher's memory (zeros after them): length and 64-bit hash, in hex. */
// prettier-ignore
const hashAt = (function hashAt(at, n) {
  return `${n.toString(16)}.${BigInt.asUintN(64, hasher.h(at, (n + 31) & ~31)).toString(16)}`;
});

/** The checksum of a cache in its header: its length and the 64-bit hash, in hex; '' where there is no hasher. */
function checksum(data) {
  if (!getHasher()) return '';
  hashBuffer(data.length).set(data);
  return hashAt(0, data.length);
}

/**
 * The generation at which a run-time cache is no longer made again: three runs after the one that first made it, at
 * most. A header without one (a cache from before generations were written) counts as the first.
 */
const SETTLED = 4;

/**
 * A cache file's content: the header line (`key`: the bundle's id line, V8 version and CPU; the checksum; the
 * generation, 1 to SETTLED; the mark, for a cache made at run time (see the top of this file); spaces to a multiple
 * of 8 bytes) and the cache. The cache then starts 8-byte aligned in memory as read, as V8 takes it without a copy.
 */
function cacheFile(key, data, generation = SETTLED, mark) {
  const header = `${key}${checksum(data)} ${generation}${mark === undefined ? '' : ` ${mark}`}`;
  return Buffer.concat([Buffer.from(`${header.padEnd(((header.length + 8) & ~7) - 1)}\n`, 'latin1'), data]);
}

/**
 * The cache file `name`: when the header is `key`'s and the file is as its writer made it (its modification time is
 * the header's mark) or its checksum matches, `{ data, generation }` (data: the cache after the header, a Buffer
 * valid until the next read); 'rejected' when the checksum does not match; undefined when the file is missing or
 * unreadable, is for another bundle or V8, or needs checking and there is no hasher. A file to check is read
 * straight into the hasher's memory and checked where it lies, with no copy.
 */
// prettier-ignore
const readCache = (function readCache(name, key) {
  let fd;
  try {
    fd = openSync(name, 'r');
  } catch {
    return undefined; // no such file
  }
  let bytes;
  let end;
  let fields;
  let trusted;
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    /** Fills `bytes` from the file's byte `from` on. */
    const fill = (from) => {
      for (let done = 0, n = 1; done < bytes.length && n > 0; done += n)
        n = readSync(fd, bytes, done, bytes.length - done, from + done);
    };
    // The header first: a file with none, or a cache for another bundle or V8 (such as the build's on another Node),
    // is not read further.
    bytes = Buffer.allocUnsafe(Math.min(size, key.length + 120));
    fill(0);
    end = bytes.indexOf(10);
    if (end <= key.length || bytes.toString('latin1', 0, key.length) !== key) return undefined;
    fields = bytes.toString('latin1', key.length, end).trimEnd().split(' ');
    trusted = fields[2] !== undefined && Number(fields[2]) === stat.mtimeMs;
    // As its writer made it: the cache alone, read into memory of its own (aligned: V8 takes it without a copy).
    // Otherwise the whole file, into the hasher's memory.
    if (trusted) bytes = Buffer.from(new ArrayBuffer(size - end - 1));
    else if (getHasher()) bytes = hashBuffer(size);
    else return undefined;
    fill(trusted ? end + 1 : 0);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  const data = trusted ? bytes : bytes.subarray(end + 1);
  if (!trusted && (!fields[0] || hashAt(end + 1, data.length) !== fields[0])) return 'rejected';
  const generation = Number(fields[1]);
  return { data, generation: generation >= 1 && generation <= SETTLED ? generation : 1 };
});

/**
 * The folder for caches made at run time and the folders to make for it, or undefined: $XDG_CACHE_HOME/glowplan, or
 * ~/.cache/glowplan when the home folder exists (nothing is made where there is no home).
 */
// prettier-ignore
const runCacheDir = (function runCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) {
    const dir = join(xdg, 'glowplan');
    return { dir, make: [dirname(dir), dir] };
  }
  const home = env.HOME;
  if (!home || !isAbsolute(home)) return undefined;
  const dir = join(home, '.cache', 'glowplan');
  return { dir, make: [dirname(dir), dir] };
});

/**
 * The name of a run's run-time caches: the command it names (its first word that is no option; 'top' for none);
 * 'help' for any help run (`--help`, `-h`, `help`); the command and '-batch' for a batch.
 */
// prettier-ignore
const runName = (function runName(argv) {
  const word = argv.find((a) => !a.startsWith('-')) ?? '';
  if (word === 'help' || argv.includes('--help') || argv.includes('-h')) return 'help';
  const name = /^[a-z]{1,20}$/.test(word) ? word : 'top';
  return argv.some((a) => a === '--batch' || a.startsWith('--batch=')) ? `${name}-batch` : name;
});

const DAY_MS = 86_400_000;

/**
 * Removes from the run-time cache folder the cache files (and temporary files of an interrupted write) that this run
 * does not use once they are 30 days old (a day, for a temporary file): other builds' caches, left by an upgrade,
 * would otherwise stay for good. One still in use elsewhere (another installed version) is made again by its next
 * run. Only names of the form this file gives are touched.
 */
function pruneCaches(folder, inUse) {
  let names;
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const found = /^[\w.-]+\.js-[0-9a-f]{24}-[\w.-]+\.cache(\.\d+\.tmp)?$/.exec(name);
    if (!found || inUse.has(name)) continue;
    try {
      const path = `${folder}${sep}${name}`;
      if (now - statSync(path).mtimeMs > (found[1] ? 1 : 30) * DAY_MS) rmSync(path, { force: true });
    } catch {
      // gone already, or cannot be removed: left as it is
    }
  }
}

/**
 * Writes the caches of the scripts listed, each whole or not at all, then prunes the folder (see pruneCaches);
 * failures only cost speed; each file gets its mark (see the top of this file). Each entry: `had`, the length of
 * the cache the run read (0 for none) and `generation`, that cache's (0 for none). A cache made again is one
 * generation on, or SETTLED when its length is within 1/64 of the one read (V8 writes the same functions a few bytes
 * shorter or longer); one more than 1/64 shorter (V8 dropped the bytecode of functions a long run had not called for
 * a while) is not written.
 */
function saveCaches(where, list, inUse) {
  for (const folder of where.make)
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch {
      // there already, or cannot be made (then the writes fail below)
    }
  for (const { script, key, file, had, generation } of list) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const data = script.createCachedData();
      if ((had - data.length) * 64 > had) continue;
      const grew = (data.length - had) * 64 >= had;
      const mark = Math.floor(Date.now() / 1000) * 1000 - 500;
      const fd = openSync(tmp, 'w');
      try {
        writeFileSync(fd, cacheFile(key, data, grew ? Math.min(generation + 1, SETTLED) : SETTLED, mark));
        fsyncSync(fd); // on disk before the mark says so
        futimesSync(fd, mark / 1000, mark / 1000);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
  pruneCaches(where.dir, inUse);
}

/**
 * Loads dist/glowplan.js as a CommonJS module through vm.Script; `cache`: use (and at run time make) code caches.
 * Returns its exports and every script loaded (the build makes its caches from them).
 */
// prettier-ignore
const loadCore = (function loadCore(cache, dist = DIST) {
  const { Script } = require('node:vm');
  const scripts = new Map();
  const env = process.env;
  const useCache = cache && !env.GLOWPLAN_NO_CODE_CACHE;
  const debug = env.GLOWPLAN_DEBUG_CODE_CACHE;
  const where = useCache ? runCacheDir(env) : undefined;
  const run = runName(process.argv.slice(2));
  const toSave = [];
  const inUse = new Set(); // the names of the run-time cache files of the bundle files this run loaded
  let coreCache; // the core's run-time cache, when it is one: { script, key, file }
  /** Runs one bundle file as a module registered under its path (chunks require the core back by path). */
  // prettier-ignore
  const load = (function load(path) {
    const [file, source] = withRetry(path, () => {
      const real = realpathSync.native(path); // one system call (the JS version stats each folder)
      return [real, require.cache[real] ? '' : readFileSync(real, 'latin1')];
    });
    if (require.cache[file]) return require.cache[file].exports;
    const id = source.slice(0, source.indexOf('\n'));
    const key = `${id} ${process.versions.v8} ${process.arch} `;
    let found; // the cache offered to V8 ({ data, generation }), or 'rejected' (damaged), or undefined (none)
    let saveAs; // where this run leaves a cache made at run time
    if (useCache && id.startsWith('//glowplan ')) {
      found = readCache(`${file}.cache`, key);
      if (found === undefined && where) {
        // Appended to where.dir (normalized already), not joined: a join normalizes the whole path again.
        const name = `${basename(file)}-${id.slice(id.lastIndexOf(' ') + 1)}-${process.versions.v8}-${process.arch}-${run}`;
        saveAs = `${where.dir}${sep}${name}.cache`;
        inUse.add(`${name}.cache`);
        found = readCache(saveAs, key);
      }
    }
    const cachedData = typeof found === 'object' ? found.data : undefined;
    const script = new Script(source, { filename: file, cachedData });
    const rejected = found === 'rejected' || script.cachedDataRejected === true;
    if (debug) {
      const state = rejected ? 'rejected' : cachedData ? 'used' : 'none';
      process.stderr.write(
        `code cache${scripts.size ? ` (${file.slice(file.lastIndexOf('/') + 1)})` : ''}: ${state}\n`,
      );
    }
    // A run-time cache is made when there is none, or V8 or the checksum rejected it, or it is not SETTLED yet (and
    // the run succeeds). A chunk with none took this run where the run that made the core's cache did not go (a
    // table after JSON): the core's is made again with it, so that it holds the functions of both.
    const used = cachedData && !rejected;
    const made = saveAs && {
      script,
      key,
      file: saveAs,
      had: used ? cachedData.length : 0,
      generation: used ? found.generation : 0,
    };
    if (!scripts.size) coreCache = made;
    if (made && !used) {
      toSave.push(made);
      if (coreCache && !toSave.includes(coreCache)) toSave.push(coreCache);
    } else if (made && made.generation < SETTLED) toSave.push(made);
    scripts.set(file, script);
    const mod = new Module(file, module);
    mod.filename = file;
    require.cache[file] = mod;
    const dir = dirname(file);
    const chunk = (rel) => load(join(dir, rel));
    // A chunk asks for the core by its relative path: hand it the loaded one without touching the disk again (it
    // may be mid-swap), so a run never mixes two builds. Node's built-ins come from this file's require (the same
    // everywhere); anything else from a require made for the file, when first needed (making one walks its folders).
    const coreFile = scripts.keys().next().value;
    let plain;
    let toCore; // the relative path by which this file asks for the core, once seen (a path join runs once)
    const requireHere = (id) => {
      if (id === toCore) return require.cache[coreFile].exports;
      if (id.startsWith('.') && join(dir, id) === coreFile) {
        toCore = id;
        return require.cache[coreFile].exports;
      }
      if (!id.startsWith('.') && !isAbsolute(id)) return require(id);
      return (plain ??= Module.createRequire(file))(id);
    };
    script.runInThisContext()(mod.exports, requireHere, mod, file, dir, chunk);
    mod.loaded = true;
    return mod.exports;
  });
  // Made at exit, when every function the run called has been compiled (a chunk loaded later is listed by then), and
  // only when the run succeeded: a failed one (a typo for a command, a bad option) has run little of its command.
  // No WebAssembly (node --jitless): no checksum, so a cache would never be trusted; none is made.
  if (where && typeof WebAssembly === 'object')
    process.once('exit', (code) => code === 0 && toSave.length && getHasher() && saveCaches(where, toSave, inUse));
  const exports = load(join(dist, 'glowplan.js'));
  return { exports, scripts };
});

if (require.main !== module) module.exports = { loadCore, cacheFile };
else loadCore(true).exports.run();
