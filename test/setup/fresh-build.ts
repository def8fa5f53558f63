// Vitest global setup: tests that spawn bin/glowplan.js run dist/, so dist/ must be built from the source on disk.
// When dist/ is missing or older than any build input, rebuild it once before any test runs; if the build fails,
// stop with a message naming the command to run by hand.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Everything the bundle is made from: source, data, schemas, the build script and the package version. */
const INPUTS = ['src', 'data', 'schemas', 'scripts/build.mjs', 'package.json'];
/** The files the built CLI cannot start without. */
const OUTPUTS = ['dist/glowplan.js'];

/** Newest modification time (ms) under `path` (a file or a folder, walked whole). */
export function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ needs a rebuild, or null when it is up to date. */
export function staleReason(root: string = ROOT): string | null {
  let built = Infinity;
  for (const file of OUTPUTS) {
    try {
      built = Math.min(built, statSync(join(root, file)).mtimeMs);
    } catch {
      return `${file} is missing`;
    }
  }
  for (const input of INPUTS) {
    const changed = newestMtime(join(root, input));
    if (changed > built) return `${input} changed after the last build`;
  }
  return null;
}

export default function setup(): void {
  const reason = staleReason();
  if (!reason) return;
  process.stderr.write(`dist/ is out of date (${reason}): running npm run build\n`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: 'inherit' });
  if (build.status !== 0)
    throw new Error(`dist/ is out of date (${reason}) and the build failed: run npm run build and fix what it reports`);
}
