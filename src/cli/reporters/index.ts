/** The reporters by name. */
import { github } from './github.js';
import { human } from './human.js';
import { json } from './json.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = { human, json, github };
export type { Reporter, FileReport, Summary } from './types.js';
