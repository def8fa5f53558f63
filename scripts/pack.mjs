#!/usr/bin/env node
// npm pack / npm publish hooks (prepack, postpack). The package must carry no install script: npm warns about a
// `prepare` on every install from a tarball, and dist/ is already built in it. So `before` builds dist/ (skipped
// with GLOWPLAN_PACK_BUILT=1, when dist/ is known to be fresh) and takes `prepare` out of package.json; `after`
// puts the original package.json back, byte for byte. A pack interrupted between the two is mended by the next.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = `${ROOT}package.json`;
const SAVED = `${ROOT}node_modules/.cache/glowplan-pack/package.json`;

/** Writes a file whole or not at all. */
function writeAtomic(file, text) {
  writeFileSync(`${file}.${process.pid}.tmp`, text);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

function restore() {
  if (!existsSync(SAVED)) return;
  writeAtomic(PKG, readFileSync(SAVED, 'utf8'));
  rmSync(SAVED);
}

const step = process.argv[2];
if (step === 'before') {
  if (!JSON.parse(readFileSync(PKG, 'utf8')).scripts?.prepare) restore(); // an earlier pack that never finished
  if (process.env.GLOWPLAN_PACK_BUILT !== '1') {
    const r = spawnSync(process.execPath, [`${ROOT}scripts/build.mjs`], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const text = readFileSync(PKG, 'utf8');
  const pkg = JSON.parse(text);
  mkdirSync(dirname(SAVED), { recursive: true });
  writeAtomic(SAVED, text);
  delete pkg.scripts.prepare;
  writeAtomic(PKG, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === 'after') restore();
else {
  process.stderr.write(`pack: unknown step ${JSON.stringify(step)}: use before or after\n`);
  process.exit(2);
}
