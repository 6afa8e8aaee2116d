/**
 * A chrono-node parser narrowed to the parsers minutes need: dates with month
 * names. Numeric dates are parsed by our own day-first parser, and relative
 * dates, weekdays and times are never wanted; leaving those parsers out saves
 * compiling their patterns on every start. Should a chrono release rename the
 * parsers, nothing matches and the full configuration is used unchanged.
 */
import { Chrono } from 'chrono-node/en';

/** `base` with only the parsers whose class names are in `keep`. */
export function narrowChrono(base: Chrono, keep: readonly string[]): Chrono {
  const parsers = base.parsers.filter((p) => keep.includes(p.constructor.name));
  return parsers.length === 0 ? base : new Chrono({ parsers, refiners: base.refiners });
}
