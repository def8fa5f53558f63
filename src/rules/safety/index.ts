// Every safety rule, in the order the planner applies and lists them.
import type { SafetyRule } from './rule.js';
import { pregnancyNoRetinoids } from './pregnancy-no-retinoids.js';
import { pregnancyBha } from './pregnancy-bha.js';
import { retinoidNightOnly } from './retinoid-night-only.js';
import { vitaminCMorning } from './vitamin-c-morning.js';
import { vitaminCApartFromBenzoylPeroxide } from './vitamin-c-apart-from-benzoyl-peroxide.js';
import { benzoylPeroxideApartFromRetinoid } from './benzoyl-peroxide-apart-from-retinoid.js';
import { vitaminCApartFromAcid } from './vitamin-c-apart-from-acid.js';
import { retinoidNotWithAcid } from './retinoid-not-with-acid.js';
import { oneAcidANight } from './one-acid-a-night.js';
import { retinoidNotOnClayNight } from './retinoid-not-on-clay-night.js';
import { acidNotOnClayNight } from './acid-not-on-clay-night.js';
import { oneNewThing } from './one-new-thing.js';
import { patchTest } from './patch-test.js';
import { retinoidStartSlow } from './retinoid-start-slow.js';
import { newAcidSlow } from './new-acid-slow.js';
import { exfoliationFrequency } from './exfoliation-frequency.js';
import { recoveryNights } from './recovery-nights.js';
import { unusedSerum } from './unused-serum.js';
import { skinCycling } from './skin-cycling.js';
import { irritationRest } from './irritation-rest.js';
import { drySkinLog } from './dry-skin-log.js';
import { breakoutLog } from './breakout-log.js';
import { pastUseBy, useBySoon } from './use-by.js';
import { clayFrequency } from './clay-frequency.js';
import { clayDrySkin } from './clay-dry-skin.js';
import { overMasking } from './over-masking.js';
import { maskSpacing } from './mask-spacing.js';
import { eventEveMask } from './event-eve-mask.js';
import { sensitiveGentleMasks } from './sensitive-gentle-masks.js';
import { rednessGentle } from './redness-gentle.js';
import { breakoutsClay } from './breakouts-clay.js';
import { dehydrationHydratingMasks } from './dehydration-hydrating-masks.js';
import { sunscreenEveryMorning } from './sunscreen-every-morning.js';
import { ahaSunSensitivity } from './aha-sun-sensitivity.js';
import { niacinamideWithVitaminC } from './niacinamide-with-vitamin-c.js';
import { layeringOrder } from './layering-order.js';
import { dailySerum } from './daily-serum.js';

export type {
  SafetyRule,
  Limits,
  Night,
  Role,
  Ramp,
  Rest,
  RestPlan,
  CycleNight,
  Unused,
  ClayCap,
  WaitingMask,
} from './rule.js';

/** All rules. `glowplan rules` lists them; the planner consults them. */
export const RULES: readonly SafetyRule[] = [
  pregnancyNoRetinoids,
  pregnancyBha,
  retinoidNightOnly,
  vitaminCMorning,
  vitaminCApartFromBenzoylPeroxide,
  benzoylPeroxideApartFromRetinoid,
  vitaminCApartFromAcid,
  retinoidNotWithAcid,
  oneAcidANight,
  retinoidNotOnClayNight,
  acidNotOnClayNight,
  oneNewThing,
  patchTest,
  retinoidStartSlow,
  newAcidSlow,
  exfoliationFrequency,
  recoveryNights,
  unusedSerum,
  skinCycling,
  irritationRest,
  drySkinLog,
  breakoutLog,
  pastUseBy,
  useBySoon,
  clayFrequency,
  clayDrySkin,
  overMasking,
  maskSpacing,
  eventEveMask,
  sensitiveGentleMasks,
  rednessGentle,
  breakoutsClay,
  dehydrationHydratingMasks,
  sunscreenEveryMorning,
  ahaSunSensitivity,
  niacinamideWithVitaminC,
  layeringOrder,
  dailySerum,
];
