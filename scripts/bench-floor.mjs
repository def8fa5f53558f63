#!/usr/bin/env node
// The floor for the batch benchmark (scripts/bench.mjs): what `glowplan week --batch -` costs without planning.
// Reads the same JSON Lines from stdin the same way (streamed, split on newlines), parses each line and writes a
// week-sized JSON record for it (seven days of steps, a few warnings, about the size of glowplan's), honouring
// backpressure. No validation, no schedule, no rules: anything glowplan spends beyond this is its own work.
import { once } from 'node:events';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AM = new Set(['vitamin-c', 'benzoyl-peroxide']);
const PM = new Set(['retinol', 'aha', 'bha']);
const name = (id) => `${id.charAt(0).toUpperCase()}${id.slice(1).replace(/-/g, ' ')} serum`;
const serum = (id) => ({ kind: 'serum', name: name(id), actives: [id] });
const WARNINGS = [
  {
    rule: 'sunscreen-every-morning',
    severity: 'caution',
    message:
      'Your plan uses retinol, which makes skin more sensitive to the sun: never skip the morning SPF 30+, and reapply outdoors.',
    source: 'American Academy of Dermatology, "How to apply sunscreen"',
  },
  {
    rule: 'layering-order',
    severity: 'tip',
    message: 'Layer from thinnest to thickest (serums before moisturizer), and keep the routine short.',
    source: 'Cleveland Clinic, "The Correct Order to Apply Your Skin Care Products"',
  },
];

/** 'YYYY-MM-DD' plus n days, in UTC (no time zones, no libraries). */
function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function record(text, line) {
  let input;
  try {
    input = JSON.parse(text);
  } catch {
    return `${JSON.stringify({ id: null, line, error: { code: 'invalid-json', message: 'not valid JSON' } })}\n`;
  }
  const start = typeof input.start === 'string' ? input.start : '2026-11-23';
  const serums = Array.isArray(input.serums) ? input.serums.filter((s) => typeof s === 'string') : [];
  const masks = Array.isArray(input.masks) ? input.masks.filter((m) => typeof m === 'string') : [];
  const am = [{ kind: 'cleanser' }, ...serums.filter((s) => !PM.has(s)).map(serum)];
  am.push({ kind: 'moisturizer' }, { kind: 'sunscreen', spf: 30 });
  const evening = serums.filter((s) => !AM.has(s)).map(serum);
  const days = WEEKDAYS.map((weekday, i) => {
    const mask = masks.length && i % 2 === 1 ? masks[i % masks.length] : null;
    const pm = [{ kind: 'cleanser' }];
    if (mask) pm.push({ kind: 'mask', type: mask, name: `${mask} mask`, application: 'rinse-off', minutes: 15 });
    pm.push(...evening, { kind: 'moisturizer' });
    return {
      date: addDays(start, i),
      weekday,
      night: mask ? `${mask} mask night` : 'serum night',
      mask: mask ? { type: mask, name: `${mask} mask` } : null,
      am,
      pm,
    };
  });
  const out = { id: input.id ?? null, line, schemaVersion: 1, command: 'week', start, end: addDays(start, 6) };
  return `${JSON.stringify({ ...out, weeks: 1, days, warnings: WARNINGS })}\n`;
}

process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0); // the reader went away (| head)
});
process.stdin.setEncoding('utf8');
let carry = '';
let line = 0;
const write = async (text) => {
  line++;
  if (text.trim() && !process.stdout.write(record(text, line))) await once(process.stdout, 'drain');
};
for await (const chunk of process.stdin) {
  let from = 0;
  for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
    await write(carry + chunk.slice(from, nl));
    carry = '';
    from = nl + 1;
  }
  carry += chunk.slice(from);
}
if (carry) await write(carry);
