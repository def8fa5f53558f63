import { addDays, daysBetween } from '../../domain/dates.js';
import type { Finding, MaskProduct, SerumProduct } from '../types.js';
import { productName, type SafetyRule } from './rule.js';

/** Days between two new products' face starts, and the days before an event kept free of anything new. */
const GAP = 14;

/**
 * One new product at a time, a couple of weeks apart, so a reaction can be traced to one product; nothing new just
 * before an event. Moves later starts and says so.
 */
export const oneNewThing: SafetyRule = {
  id: 'one-new-thing',
  severity: 'caution',
  message:
    'One new product at a time, 2 weeks apart, and nothing new in the 2 weeks before an event: a reaction can then be traced to one product.',
  source: 'aad-patch-test',
  shelf: (ctx) => {
    const { profile } = ctx;
    type Dated = (SerumProduct | MaskProduct) & { started: string };
    const all: (SerumProduct | MaskProduct)[] = [...profile.serums, ...profile.masks];
    const dated = all.filter((p): p is Dated => Boolean(p.started));
    if (!dated.length) return { profile, findings: [] };
    const lead = (p: Dated) => (p.patchTested ? 0 : profile.patchTestDays);
    const order = [...dated].sort((a, b) => daysBetween(b.started, a.started) + lead(a) - lead(b) || 0);
    const moved = new Map<Dated, string>();
    const findings: Finding[] = [];
    const faces: { name: string; face: string }[] = [];
    for (const p of order) {
      const name = productName(p, ctx.data);
      let started = p.started;
      let note: string | undefined;
      for (let guard = 0; guard < 50; guard++) {
        const face = addDays(started, lead(p));
        const near = faces.find((q) => Math.abs(daysBetween(q.face, face)) < GAP);
        if (near) {
          started = addDays(near.face, GAP - lead(p));
          note = `${name} now goes on the face on ${addDays(started, lead(p))}, 2 weeks after ${near.name} (${near.face}): one new product at a time.`;
          continue;
        }
        const event = (ctx.events ?? []).find((e) => {
          const before = addDays(e.date, -GAP);
          return (started >= before && started < e.date) || (face >= before && face < e.date);
        });
        if (event) {
          started = addDays(event.date, 1);
          note = `${name} now starts on ${started}, the day after ${event.label ?? 'your event'} (${event.date}): nothing new in the 2 weeks before an event.`;
          continue;
        }
        break;
      }
      faces.push({ name, face: addDays(started, lead(p)) });
      // A note is only ever written with a new start.
      if (note) {
        moved.set(p, started);
        findings.push({ rule: 'one-new-thing', message: note, item: name, action: 'moved' });
      }
    }
    if (!moved.size) return { profile, findings };
    const shift = <T extends SerumProduct | MaskProduct>(p: T): T =>
      moved.has(p as Dated) ? { ...p, started: moved.get(p as Dated)! } : p;
    return {
      profile: { ...profile, serums: profile.serums.map(shift), masks: profile.masks.map(shift) },
      findings,
    };
  },
};
