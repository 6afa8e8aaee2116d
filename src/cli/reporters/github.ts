/** GitHub Actions reporter: workflow commands that annotate the files in a pull request. */
import type { Reporter } from './types.js';
import { summaryText } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Workflow-command escaping: properties escape ',' and ':' too.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = {
  file({ path, diagnostics }) {
    return diagnostics
      .map((d) => `::${COMMAND[d.severity]} file=${property(path)},line=${d.line},col=${d.column},title=${property(d.code)}::${data(d.message)}\n`)
      .join('');
  },
  summary(s) {
    return `${summaryText(s)}\n`;
  },
};
