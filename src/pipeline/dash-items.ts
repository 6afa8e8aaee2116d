/**
 * Items numbered with a dash after the number ("1 - text", "2 – text") become
 * markdown items ("1) text"), one for one: markdown knows only "1." and "1)".
 *
 * "25 - 26 February" opening a line is as likely a range of days, so only a
 * run that starts at 1 and goes on one by one (1, 2, 3 …), two at least, is
 * rewritten. Offsets, lines and columns stay those of the source.
 */

// A number that opens a line, then white space, a dash and white space.
const DASH_ITEM = /^([ \t]*)(\d{1,2})([ \t]+)[-–—](?=[ \t])/gm;

/** `text` with each line-opening "N - " of a run 1, 2, 3 … written "N) ". */
export function numberDashItems(text: string): string {
  // Cheap test first: most minutes have no such line.
  if (!/^[ \t]*\d{1,2}[ \t]+[-–—][ \t]/m.test(text)) return text;
  const items: { at: number; digits: string; spaces: number }[] = [];
  let run: typeof items = [];
  const keep = () => {
    if (run.length >= 2) items.push(...run);
    run = [];
  };
  DASH_ITEM.lastIndex = 0;
  for (let m = DASH_ITEM.exec(text); m; m = DASH_ITEM.exec(text)) {
    const value = Number(m[2]);
    if (value === 1) keep();
    if (value !== run.length + 1) continue;
    run.push({ at: m.index + m[1]!.length, digits: m[2]!, spaces: m[3]!.length });
  }
  keep();
  if (items.length === 0) return text;
  let out = '';
  let last = 0;
  for (const item of items) {
    // "1 - " → "1) ", "12  – " → "12)  ": the dash's place goes to the ")".
    out += `${text.slice(last, item.at)}${item.digits})${' '.repeat(item.spaces)}`;
    last = item.at + item.digits.length + item.spaces + 1;
  }
  return out + text.slice(last);
}
