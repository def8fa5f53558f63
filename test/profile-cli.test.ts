// End to end (the built bin/glowplan.js): profile init/show with a temporary XDG_CONFIG_HOME, and plan/week
// picking up the saved profile. Run `npm run build` first (npm test does).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin } from './helpers.js';

let home: string;
let config: string;
let saved: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'glowplan-cli-'));
  config = join(home, 'config');
  mkdirSync(config);
  saved = join(config, 'glowplan', 'profile.json');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  runBin(args, { env: { XDG_CONFIG_HOME: config, HOME: home, ...env }, cwd: home });
const writeSaved = (text: string) => {
  mkdirSync(join(config, 'glowplan'), { recursive: true });
  writeFileSync(saved, text);
};
interface WeekJson {
  days: { date: string; night: string; mask: { type: string; name: string } | null }[];
}
const masksOf = (stdout: string) =>
  (JSON.parse(stdout) as WeekJson).days.map((d) => d.mask?.type ?? null).filter((m) => m !== null);

describe('profile init', () => {
  it('writes the profile (creating glowplan/), says where on stderr and prints nothing on stdout', () => {
    const r = run([
      'profile',
      'init',
      '--skin',
      'oily',
      '--serum',
      'bha',
      '--serum',
      'niacinamide',
      '--mask',
      'clay',
      '--masks-per-week',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Saved your profile to ${saved}`);
    const text = readFileSync(saved, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      skin: 'oily',
      concerns: [],
      serums: ['bha', 'niacinamide'],
      masks: ['clay'],
      masksPerWeek: 2,
      pregnancySafe: false,
      patchTestDays: 7,
      cycle: 'weekly',
    });
  });

  it('with no flags and no terminal it saves the built-in default (never asks)', () => {
    const r = run(['profile', 'init']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('?');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ skin: 'normal', masksPerWeek: 3 });
  });

  it('will not replace an existing profile without --force: exit 2, the file byte-identical', () => {
    expect(run(['profile', 'init', '--skin', 'dry']).code).toBe(0);
    const before = readFileSync(saved);
    const mtime = statSync(saved).mtimeMs;
    const r = run(['profile', 'init', '--skin', 'oily']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`glowplan: ${saved} already exists; add --force to replace it`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(saved).equals(before)).toBe(true);
    expect(statSync(saved).mtimeMs).toBe(mtime);
  });

  it('--force replaces it, keeping the fields no flag changed', () => {
    expect(run(['profile', 'init', '--skin', 'dry', '--mask', 'sleeping']).code).toBe(0);
    const r = run(['profile', 'init', '--force', '--masks-per-week', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Saved your profile to');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      skin: 'dry',
      masks: ['sleeping'],
      masksPerWeek: 2,
    });
  });

  it('--force still refuses to replace a profile it could not read', () => {
    writeSaved('{"masksPerWeek": "lots"}\n');
    const r = run(['profile', 'init', '--force', '--skin', 'dry']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${saved}: masksPerWeek must be a whole number from 0 to 7, got "lots"`);
    expect(r.stderr).toContain('not replacing');
    expect(readFileSync(saved, 'utf8')).toBe('{"masksPerWeek": "lots"}\n');
  });

  it('--json also prints the saved profile as one JSON document', () => {
    const r = run(['profile', 'init', '--json', '--skin', 'dry']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1,
      command: 'profile',
      path: saved,
      profile: JSON.parse(readFileSync(saved, 'utf8')),
    });
  });

  it('--profile writes to that path instead', () => {
    const path = join(home, 'mine.json');
    const r = run(['profile', 'init', '--profile', path, '--skin', 'sensitive']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Saved your profile to ${path}`);
    expect(JSON.parse(readFileSync(path, 'utf8')).skin).toBe('sensitive');
    expect(() => statSync(saved)).toThrow();
  });

  it('a folder that cannot be created: exit 1, naming it', () => {
    const blocker = join(home, 'file');
    writeFileSync(blocker, 'x');
    const r = run(['profile', 'init'], { XDG_CONFIG_HOME: blocker });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot create the folder ${join(blocker, 'glowplan')}`);
  });

  // root writes anywhere, so this only means something for other users.
  it.skipIf(process.getuid?.() === 0)('a folder without write permission: exit 1', () => {
    mkdirSync(join(config, 'glowplan'));
    chmodSync(join(config, 'glowplan'), 0o500);
    const r = run(['profile', 'init']);
    chmodSync(join(config, 'glowplan'), 0o700);
    expect(r.code).toBe(1);
  });

  it('a bad flag value is exit 2 and writes nothing', () => {
    const r = run(['profile', 'init', '--masks-per-week', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--masks-per-week must be a whole number from 0 to 7, got "lots"');
    expect(() => statSync(saved)).toThrow();
  });
});

describe('profile show', () => {
  it('no profile: the built-in default, path null', () => {
    const r = run(['profile', 'show', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'profile', path: null });
    expect(doc.profile).toEqual({
      skin: 'normal',
      concerns: [],
      serums: ['vitamin-c', 'hyaluronic-acid', 'niacinamide'],
      masks: ['sheet', 'clay', 'sleeping'],
      masksPerWeek: 3,
      pregnancySafe: false,
      patchTestDays: 7,
      cycle: 'weekly',
    });
    const table = run(['profile', 'show']);
    expect(table.stdout).toContain('built-in default (no profile file)');
  });

  it('a saved profile: its path and fields, named products included', () => {
    writeSaved(
      JSON.stringify({
        skin: 'combination',
        serums: ['hyaluronic-acid', { name: 'Dewdrop HA Serum', actives: ['hyaluronic-acid'] }],
        masks: [{ name: 'Midnight Sleeping Mask', type: 'sleeping' }],
      }),
    );
    const r = run(['profile', 'show', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.path).toBe(saved);
    expect(doc.profile).toMatchObject({
      skin: 'combination',
      serums: ['hyaluronic-acid', { name: 'Dewdrop HA Serum', actives: ['hyaluronic-acid'] }],
      masks: [{ name: 'Midnight Sleeping Mask', type: 'sleeping' }],
      masksPerWeek: 3,
    });
    const table = run(['profile', 'show']);
    expect(table.stdout).toContain(saved);
    expect(table.stdout).toContain('Midnight Sleeping Mask');
    // `glowplan profile` alone shows it too.
    expect(run(['profile']).stdout).toBe(table.stdout);
  });

  it('a mistyped subcommand: exit 2 with a suggestion', () => {
    const r = run(['profile', 'int']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('glowplan: unknown profile command "int": use init or show (did you mean "init"?)\n');
    expect(() => statSync(saved)).toThrow();
  });

  it('profile alone takes the options of profile show: --json, --format, --profile, -o', () => {
    writeSaved('{"skin": "oily", "serums": [{"name": "Night Renew", "actives": ["retinol"]}]}\n');
    const other = join(home, 'other.json');
    writeFileSync(other, '{"skin": "dry"}');
    for (const args of [['--json'], ['--format', 'markdown'], ['--format', 'json'], ['--json', '--profile', other]]) {
      const alone = run(['profile', ...args]);
      const show = run(['profile', 'show', ...args]);
      expect([alone.code, alone.stderr], args.join(' ')).toEqual([0, '']);
      expect(alone.stdout, args.join(' ')).toBe(show.stdout);
    }
    expect(JSON.parse(run(['profile', '--json']).stdout)).toMatchObject({ path: saved, profile: { skin: 'oily' } });
    expect(run(['profile', '--format', 'markdown']).stdout).toContain('Night Renew');
    const out = join(home, 'profile.md');
    expect(run(['profile', '--format', 'markdown', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run(['profile', 'show', '--format', 'markdown']).stdout);
    // Refused as profile show refuses them.
    const ics = run(['profile', '--format', 'ics']);
    expect([ics.code, ics.stdout, ics.stderr]).toEqual([2, '', run(['profile', 'show', '--format', 'ics']).stderr]);
    const typo = run(['profile', '--jsn']);
    expect([typo.code, typo.stderr]).toEqual([
      2,
      "glowplan: unknown option '--jsn' (did you mean --json?); see glowplan profile --help\n",
    ]);
    // Options before a subcommand's name: show runs all the same; init says where they go.
    expect(run(['profile', '--json', 'show']).stdout).toBe(run(['profile', 'show', '--json']).stdout);
    const init = run(['profile', '--force', 'init']);
    expect([init.code, init.stderr]).toEqual([
      2,
      'glowplan: options of init go after it: glowplan profile init [options]\n',
    ]);
    expect(run(['profile', 'show', 'extra']).stderr).toBe(
      'glowplan: profile show takes no arguments but was given 1; see glowplan profile show --help\n',
    );
  });

  it('--profile names the file shown', () => {
    const path = join(home, 'other.json');
    writeFileSync(path, '{"skin": "dry"}');
    const doc = JSON.parse(run(['profile', 'show', '--json', '--profile', path]).stdout);
    expect(doc).toMatchObject({ path, profile: { skin: 'dry' } });
  });
});

describe('a broken or missing profile', () => {
  const cases: [string, string, string][] = [
    ['wrong value', '{"masksPerWeek": "lots"}', 'masksPerWeek must be a whole number from 0 to 7, got "lots"'],
    ['unknown field', '{"skinn": "dry"}', 'skinn is not a field (did you mean "skin"?)'],
    ['unknown id', '{"masks": ["shet"]}', 'masks[0] must be one of sheet, clay, cream, gel, sleeping, got "shet"'],
    ['not JSON', '{"skin": "dry",', 'not valid JSON'],
  ];
  it.each(cases)('%s: exit 2 naming the file and the field, the file untouched', (_what, text, message) => {
    writeSaved(text);
    for (const args of [['profile', 'show'], ['week', '--start', '2026-11-30'], ['plan']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`glowplan: ${saved}: ${message}`);
    }
    expect(readFileSync(saved, 'utf8')).toBe(text);
  });

  it('a --profile that does not exist: exit 2 naming the path', () => {
    const missing = join(home, 'nope.json');
    for (const args of [['profile', 'show'], ['week'], ['plan']]) {
      const r = run([...args, '--profile', missing]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`profile ${missing} does not exist`);
    }
  });
});

describe('plan and week use the saved profile; flags override it', () => {
  it('a sleeping-mask-only shelf gives sleeping mask nights', () => {
    writeSaved(JSON.stringify({ masks: [{ name: 'Midnight Sleeping Mask', type: 'sleeping' }], masksPerWeek: 2 }));
    const r = run(['week', '--start', '2026-11-30', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as WeekJson;
    const nights = doc.days.filter((d) => d.mask);
    expect(nights).toHaveLength(2);
    for (const d of nights) expect(d.mask).toEqual({ type: 'sleeping', name: 'Midnight Sleeping Mask' });
    const table = run(['week', '--start', '2026-11-30']);
    expect(table.stdout).toContain('Midnight Sleeping Mask');

    const day = nights[0]!.date;
    const plan = JSON.parse(run(['plan', '--date', day, '--json']).stdout);
    expect(plan.mask).toEqual({ type: 'sleeping', name: 'Midnight Sleeping Mask' });
  });

  it('a profile saved with profile init is picked up', () => {
    expect(run(['profile', 'init', '--mask', 'gel', '--masks-per-week', '3']).code).toBe(0);
    const masks = masksOf(run(['week', '--start', '2026-11-30', '--json']).stdout);
    expect(masks).toEqual(['gel', 'gel', 'gel']);
  });

  it('flags override the profile', () => {
    writeSaved(JSON.stringify({ masks: ['sleeping'], masksPerWeek: 2 }));
    const r = run(['week', '--start', '2026-11-30', '--json', '--mask', 'sheet', '--masks-per-week', '3']);
    expect(r.code).toBe(0);
    expect(masksOf(r.stdout)).toEqual(['sheet', 'sheet', 'sheet']);
  });

  it('--profile wins over the saved profile', () => {
    writeSaved(JSON.stringify({ masks: ['sleeping'] }));
    const other = join(home, 'other.json');
    writeFileSync(other, JSON.stringify({ masks: ['clay'], masksPerWeek: 1 }));
    expect(masksOf(run(['week', '--start', '2026-11-30', '--json', '--profile', other]).stdout)).toEqual(['clay']);
  });

  it('not on a terminal, week never asks (no profile, no flags)', () => {
    const r = run(['week', '--start', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Week of 30 Nov 2026');
    expect(() => statSync(saved)).toThrow();
  });
});
