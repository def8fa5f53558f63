// A profile's shelf entries in words, for the renderers and the prompts. Apart from the profile's schema, whose
// validators are built when it is loaded: a table that lists the shelf needs only these words.
import type { ProductDates } from '../rules/types.js';
import type { MaskFileEntry, SerumFileEntry } from './schema.js';

/** A product's dates in words, e.g. "started 2026-12-01, patch-tested"; empty when it has none. */
export function datesText(p: ProductDates): string {
  return [
    p.started && `started ${p.started}`,
    p.patchTested && 'patch-tested',
    p.opened && `opened ${p.opened}`,
    p.paoMonths && `keeps ${p.paoMonths} months once opened`,
    p.expires && `expires ${p.expires}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** One shelf entry in words, e.g. `Night Renew (started 2026-12-01, patch-tested)`. */
export function entryText(entry: SerumFileEntry | MaskFileEntry): string {
  if (typeof entry === 'string') return entry;
  const label = entry.name ?? ('actives' in entry ? entry.actives.join(' + ') : entry.type);
  const dates = datesText(entry);
  return dates ? `${label} (${dates})` : label;
}
