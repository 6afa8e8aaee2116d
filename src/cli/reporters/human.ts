/** Human reporter: `file:line:column  severity  message  code`, aligned and coloured. */
import type { Reporter } from './types.js';
import { summaryText } from './types.js';

export const human: Reporter = {
  file({ path, diagnostics }, chalk) {
    if (diagnostics.length === 0) return '';
    const places = diagnostics.map((d) => `${path}:${d.line}:${d.column}`);
    const width = Math.max(...places.map((p) => p.length));
    return diagnostics
      .map((d, i) => {
        const severity = d.severity === 'error' ? chalk.red('error  ') : d.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info   ');
        return `${chalk.underline(places[i]!)}${' '.repeat(width - places[i]!.length)}  ${severity}  ${d.message}  ${chalk.dim(d.code)}\n`;
      })
      .join('');
  },
  summary(s, chalk) {
    const mark = s.errors > 0 ? chalk.red('✖') : s.warnings > 0 ? chalk.yellow('⚠') : chalk.green('✔');
    return `${mark} ${summaryText(s)}\n`;
  },
};
