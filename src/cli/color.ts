/** Colour for stderr: --no-color and NO_COLOR switch it off, FORCE_COLOR on, else only on a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/** A chalk instance for `io.stderr`, honouring the flag and the environment. */
export function colorFor(io: Io, flag: boolean | undefined): ChalkInstance {
  if (flag === false) return new Chalk({ level: 0 });
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    const level = force === 'false' || force === '0' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
    return new Chalk({ level: level as 0 | 1 | 2 | 3 });
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (flag === true) return new Chalk({ level: 1 });
  return new Chalk({ level: io.stderr.isTTY && io.env.TERM !== 'dumb' ? 1 : 0 });
}
