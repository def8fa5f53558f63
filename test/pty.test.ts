// End to end on a real pseudo-terminal: the built bin/glowplan.js under util-linux `script` (or python3's pty
// module), keys sent as a person would type them. Run `npm run build` first (npm test does).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

/** Runs argv on a pseudo-terminal, relaying our stdin to it: `script` from util-linux, else python3's pty. */
function ptyRunner(): ((argv: string[]) => [string, string[]]) | null {
  // GLOWPLAN_TEST_PTY=python tries the python3 fallback even where `script` exists.
  const script =
    process.env.GLOWPLAN_TEST_PTY === 'python' ? undefined : spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (script?.status === 0 && /util-linux/.test(script.stdout + script.stderr)) {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    return (argv) => ['script', ['-qec', argv.map(quote).join(' '), '/dev/null']];
  }
  const python = spawnSync('python3', ['-c', 'import pty, os'], { encoding: 'utf8' });
  if (python.status === 0) {
    const relay =
      'import os, pty, sys\nstatus = pty.spawn(sys.argv[1:])\nsys.exit(os.waitstatus_to_exitcode(status) % 256)';
    return (argv) => ['python3', ['-c', relay, ...argv]];
  }
  return null;
}
const runner = ptyRunner();

interface Session {
  /** Everything the terminal showed so far. */
  screen(): string;
  send(keys: string): void;
  /** Resolves with the exit code. */
  exit: Promise<number>;
  /** Resolves once the screen shows `text`. */
  waitFor(text: string, ms?: number): Promise<void>;
}

function start(args: string[], env: Record<string, string>): Session {
  const [cmd, cmdArgs] = runner!([process.execPath, BIN, ...args]);
  const child = spawn(cmd, cmdArgs, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SHELL: '/bin/sh',
      TERM: 'xterm-256color',
      TZ: 'Europe/London',
      GLOWPLAN_TODAY: '2026-11-24',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  // Keys sent as the program ends may meet a closed pipe (EPIPE): the test reads the screen and the exit code, not that.
  child.stdin.on('error', () => {});
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  let exited = false;
  void exit.then(() => (exited = true));
  const killer = setTimeout(() => child.kill('SIGKILL'), 45000);
  void exit.then(() => clearTimeout(killer));
  return {
    screen: () => out,
    send: (keys) => {
      if (!exited && child.stdin.writable) child.stdin.write(keys);
    },
    exit,
    waitFor: (text, ms = 20000) =>
      new Promise((resolve, reject) => {
        const began = Date.now();
        const poll = setInterval(() => {
          if (out.includes(text)) {
            clearInterval(poll);
            resolve();
          } else if (exited || Date.now() - began > ms) {
            clearInterval(poll);
            reject(new Error(`the terminal never showed ${JSON.stringify(text)}; it showed:\n${out}`));
          }
        }, 50);
      }),
  };
}

let config: string;
beforeEach(() => {
  config = mkdtempSync(join(tmpdir(), 'glowplan-pty-'));
});
afterEach(() => rmSync(config, { recursive: true, force: true }));
const savedPath = () => join(config, 'glowplan', 'profile.json');
const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

// Skipped, saying so, only where neither util-linux `script` nor python3 can make a pseudo-terminal.
describe.skipIf(!runner)('on a pseudo-terminal (util-linux script, else python3 pty; skipped without either)', () => {
  it('week with no profile: Enter through every question, the plan appears, exit 0', { timeout: 60000 }, async () => {
    const s = start(['week', '--start', '2026-11-30'], { XDG_CONFIG_HOME: config, HOME: config });
    await s.waitFor('Your skin type');
    // Press Enter every 200 ms until glowplan ends: each question takes its preselected answer.
    const enter = setInterval(() => s.send('\r'), 200);
    const code = await s.exit.finally(() => clearInterval(enter));
    const screen = s.screen();
    expect(code, screen).toBe(0);
    for (const question of ['Serums you own', 'Masks you own', 'Mask nights a week', 'An event coming up?'])
      expect(screen).toContain(question);
    expect(screen).toContain('Week of 30 Nov 2026 to 6 Dec 2026: 3 mask nights');
    expect(screen).toContain(`Saved your profile to ${savedPath()}`);
    expect(JSON.parse(readFileSync(savedPath(), 'utf8'))).toMatchObject({ skin: 'normal', masksPerWeek: 3 });
  });

  it('Ctrl-C at the first question: exit 130, one short line, nothing written', { timeout: 60000 }, async () => {
    const s = start(['week', '--start', '2026-11-30'], { XDG_CONFIG_HOME: config, HOME: config });
    await s.waitFor('Your skin type');
    s.send('\x03');
    const code = await s.exit;
    expect(code, s.screen()).toBe(130);
    expect(s.screen()).toContain('glowplan: cancelled.');
    expect(s.screen()).not.toContain('Week of');
    expect(exists(join(config, 'glowplan'))).toBe(false);
  });

  it('--json on a terminal never asks', { timeout: 60000 }, async () => {
    const s = start(['week', '--start', '2026-11-30', '--json'], { XDG_CONFIG_HOME: config, HOME: config });
    const code = await s.exit;
    expect(code, s.screen()).toBe(0);
    expect(s.screen()).not.toContain('Your skin type');
    expect(s.screen()).toContain('"command": "week"');
  });
});
