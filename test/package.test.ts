// The package as a user gets it: `npm pack`, then a global install from the tarball into a temporary prefix, with
// no network, and glowplan run from another folder. Uses the built dist/ (npm run build first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'glowplan-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm, run by the Node running the tests; stdout and stderr kept apart. */
function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    // dist/ is fresh (the suite runs after the build): the pack hook need not build it again.
    env: { ...process.env, GLOWPLAN_PACK_BUILT: '1', npm_config_cache: join(work, 'npm-cache') },
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

let tarball = '';
let files: string[] = [];
const prefix = join(work, 'prefix');
let install: { stdout: string; stderr: string };

beforeAll(() => {
  const before = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const packed = npm(['pack', '--json', '--pack-destination', work], ROOT);
  // The pack hook takes `prepare` out while packing and puts package.json back exactly.
  expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(before);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path).sort();
  install = npm(['install', '-g', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund'], work);
}, 180_000);

describe('npm pack', () => {
  it('holds LICENSE, README, package.json, bin, dist and schemas: nothing else', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schemas']);
    expect(files).toContain('dist/glowplan.js');
    expect(files).toContain('bin/glowplan.js');
    expect(files.filter((f) => f.startsWith('schemas/'))).toEqual(
      readdirSync(join(ROOT, 'schemas'))
        .map((f) => `schemas/${f}`)
        .sort(),
    );
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('declares no runtime dependency and no install script', () => {
    const spawned = spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
    const pkg = JSON.parse(spawned.stdout) as Record<string, Record<string, string> | undefined>;
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts?.[script], script).toBeUndefined();
  });

  it('dist/ needs no package at run time: it requires only Node built-ins and its own files', () => {
    const dist = join(ROOT, 'dist');
    const required = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js'))
          for (const m of readFileSync(path, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) required.add(m[1]!);
      }
    };
    walk(dist);
    const foreign = [...required].filter(
      (r) => !r.startsWith('.') && !builtinModules.includes(r.replace(/^node:/, '')),
    );
    expect(foreign).toEqual([]);
  });
});

describe('a global install from the tarball (offline)', () => {
  it('installs glowplan alone, quietly', () => {
    expect(install.stderr).toBe('');
    expect(install.stdout).toMatch(/added 1 package/);
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['glowplan']);
  });

  const glowplan = (...args: string[]) => {
    const cwd = join(work, 'elsewhere');
    mkdirSync(cwd, { recursive: true });
    return spawnSync(join(prefix, 'bin', 'glowplan'), args, {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
        HOME: work,
        XDG_CONFIG_HOME: join(work, 'config'),
        XDG_CACHE_HOME: join(work, 'cache'),
        GLOWPLAN_TODAY: '2026-11-24',
      },
      timeout: 30_000,
    });
  };

  it('runs from another folder: --version, week, and a completion', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(glowplan('--version')).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const week = glowplan('week');
    expect([week.status, week.stderr]).toEqual([0, '']);
    expect(week.stdout).toMatch(/^Week of 23 Nov 2026 to 29 Nov 2026/);
    const tab = glowplan('complete', '--', 'week', '--skin', 'o');
    expect([tab.status, tab.stdout]).toEqual([0, 'oily\t\n:4\n']);
  });
});
