// Every safety rule, in the order the planner applies and lists them.
import type { SafetyRule } from './rule.js';
import { pregnancyNoRetinoids } from './pregnancy-no-retinoids.js';
import { retinoidNightOnly } from './retinoid-night-only.js';
import { vitaminCMorning } from './vitamin-c-morning.js';
import { benzoylPeroxideApartFromRetinoid } from './benzoyl-peroxide-apart-from-retinoid.js';
import { vitaminCApartFromAcid } from './vitamin-c-apart-from-acid.js';
import { retinoidNotWithAcid } from './retinoid-not-with-acid.js';
import { retinoidNotOnClayNight } from './retinoid-not-on-clay-night.js';
import { acidNotOnClayNight } from './acid-not-on-clay-night.js';
import { retinoidStartSlow } from './retinoid-start-slow.js';
import { exfoliationFrequency } from './exfoliation-frequency.js';
import { clayFrequency } from './clay-frequency.js';
import { overMasking } from './over-masking.js';
import { maskSpacing } from './mask-spacing.js';
import { sensitiveGentleMasks } from './sensitive-gentle-masks.js';
import { sunscreenEveryMorning } from './sunscreen-every-morning.js';
import { ahaSunSensitivity } from './aha-sun-sensitivity.js';
import { niacinamideWithVitaminC } from './niacinamide-with-vitamin-c.js';
import { patchTest } from './patch-test.js';
import { layeringOrder } from './layering-order.js';
import { dailySerum } from './daily-serum.js';
import { eventEveMask } from './event-eve-mask.js';

export type { SafetyRule, Limits, Night } from './rule.js';

/** All rules. `glowplan rules` lists them; the planner consults them. */
export const RULES: readonly SafetyRule[] = [
  pregnancyNoRetinoids,
  retinoidNightOnly,
  vitaminCMorning,
  benzoylPeroxideApartFromRetinoid,
  vitaminCApartFromAcid,
  retinoidNotWithAcid,
  retinoidNotOnClayNight,
  acidNotOnClayNight,
  retinoidStartSlow,
  exfoliationFrequency,
  clayFrequency,
  overMasking,
  maskSpacing,
  eventEveMask,
  sensitiveGentleMasks,
  sunscreenEveryMorning,
  ahaSunSensitivity,
  niacinamideWithVitaminC,
  patchTest,
  layeringOrder,
  dailySerum,
];
