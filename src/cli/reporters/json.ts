/** JSON reporter: one diagnostic object per line, for machines. */
import type { Reporter } from './types.js';

export const json: Reporter = {
  file({ path, diagnostics }) {
    return diagnostics.map((d) => `${JSON.stringify({ file: path, ...d })}\n`).join('');
  },
  summary(s) {
    return `${JSON.stringify({ summary: s })}\n`;
  },
};
