/** Shared test helpers: fixture discovery and a subset comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every fixture with an expected record: [name, minutes path, expected object]. */
export function fixtures(dir = 'minutes', expectedDir = 'expected'): [string, string, Record<string, unknown>][] {
  const minutes = readdirSync(join(FIXTURES, dir));
  return readdirSync(join(FIXTURES, expectedDir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const file = minutes.find((m) => basename(m, extname(m)) === name);
      if (!file) throw new Error(`fixture ${name} has an expected record but no minutes file`);
      return [name, join(FIXTURES, dir, file), JSON.parse(readFileSync(join(FIXTURES, expectedDir, f), 'utf8'))];
    });
}

/** `actual` restricted to the keys `expected` names (recursively into plain objects), for toEqual. */
export function pick(expected: unknown, actual: unknown): unknown {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return actual;
  if (actual === null || typeof actual !== 'object') return actual;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) out[key] = pick((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key]);
  return out;
}

/**
 * `text` (minutes in plain text or markdown) as a word processor saves it as a web page: a head with Word's
 * properties and styles, a paragraph per line in spans, list numbers kept as text before the item ("1." and
 * no-break spaces), bullets as a list, table rows as a table (a header row of <th> cells), bold as <b>, quotes and
 * dashes as character references, and the source wrapped at 76 columns wherever a space falls, inside tags too.
 */
export function asWebPage(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&#8220;').replace(/”/g, '&#8221;').replace(/«/g, '&laquo;').replace(/ – /g, ' &ndash; ');
  const inline = (s: string) => escape(s).replace(/\*\*(.+?)\*\*/g, '<b><span lang=EN-US>$1</span></b>');
  const DELIMITER = /^[|\s:-]+$/;
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const body: string[] = [];
  let open: 'ul' | 'table' | undefined;
  lines.forEach((line, i) => {
    const bullet = /^[-*+•–]\s+(.*)$/.exec(line);
    const row = /^\|(.*)\|$/.exec(line);
    if ((open === 'ul' && !bullet) || (open === 'table' && !row)) body.push(`</${open}>`);
    if ((open === 'ul' && !bullet) || (open === 'table' && !row)) open = undefined;
    if (line === '' || (row && DELIMITER.test(line))) return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(\(?\d+[.)])\s+(.*)$/.exec(line);
    if (row) {
      const cell = DELIMITER.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').startsWith('|') ? 'th' : 'td';
      if (open !== 'table') body.push('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>');
      open = 'table';
      body.push(`<tr>${row[1]!.split('|').map((c) => `<${cell} width=200 valign=top><p class=MsoNormal>${inline(c.trim())}</p></${cell}>`).join('\n')}</tr>`);
    } else if (heading) body.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    else if (bullet) {
      if (open !== 'ul') body.push('<ul style="margin-top:0cm" type=disc>');
      open = 'ul';
      body.push(`<li class=MsoNormal style='mso-list:l0 level1 lfo1'>${inline(bullet[1]!)}</li>`);
    } else if (item) {
      body.push(
        `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-US>${item[1]}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-US>${inline(item[2]!)}<o:p></o:p></span></p>`,
      );
    } else body.push(`<p class=MsoNormal><span lang=EN-US style='font-size:12.0pt;line-height:107%'>${inline(line)}<o:p></o:p></span></p>`);
  });
  if (open) body.push(`</${open}>`);
  const page = [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<title>Minutes</title>',
    '<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Secretary</o:Author>\n </o:DocumentProperties>\n</xml><![endif]-->',
    '<style>\n<!--\np.MsoNormal {margin:0cm; font-size:11.0pt;}\n-->\n</style>\n</head>',
    "<body lang=RU style='tab-interval:35.4pt'>\n<div class=WordSection1>",
    ...body,
    '</div>\n</body>\n</html>',
  ].join('\n\n');
  return page
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > 76) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}
