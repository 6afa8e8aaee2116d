/**
 * Minutes saved as a web page: a whole HTML document is read as the markdown it stands for, and
 * its diagnostics and positions point into the file; minutes that only hold a tag are text.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { htmlDocumentAsText, isHtmlDocument } from '../src/pipeline/html-document.js';
import { asWebPage } from './helpers.js';

const read = (html: string) => htmlDocumentAsText(html)?.text;

describe('isHtmlDocument', () => {
  it.each([
    '<!DOCTYPE html>\n<html><body><p>x</p></body></html>',
    '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<body>x</body></html>',
    '\ufeff  <?xml version="1.0" encoding="utf-8"?>\n<html><body>x</body></html>',
    '<!-- saved from url=(0014)about:internet -->\n<HTML><BODY>x</BODY></HTML>',
  ])('a whole document: %j', (html) => {
    expect(isHtmlDocument(html)).toBe(true);
  });
  it.each([
    'Moderator: <b>Asanov Bolot</b>, expert.',
    'Open dialogue platform\n\n<html> is how the page began.',
    '<p>Minutes typed with a tag first</p>',
  ])('negative: minutes that hold a tag are no document: %j', (text) => {
    expect(isHtmlDocument(text)).toBe(false);
    expect(htmlDocumentAsText(text)).toBeUndefined();
  });
});

describe('htmlDocumentAsText', () => {
  it.each([
    [
      'headings, paragraphs and line breaks, with white space collapsed as a browser does',
      '<html><head><title>Minutes</title></head><body>\n<h1>Open dialogue\n   platform</h1><p>Moderator:\n  Asanov   Bolot,<br>expert.</p><div>Date: 5 May 2021</div></body></html>',
      '# Open dialogue platform\n\nModerator: Asanov Bolot,\nexpert.\n\nDate: 5 May 2021\n',
    ],
    [
      'lists numbered as written, from their start, and bullets; nested lists flattened',
      '<html><body><ol start="3"><li>Build a pipe;</li><li>Train staff.<ul><li>twice a year</li></ul></li></ol><ul><li>a</li></ul></body></html>',
      '3. Build a pipe;\n4. Train staff.\n- twice a year\n\n- a\n',
    ],
    ['a list after a paragraph set off by a blank line', '<html><body><p>Suggestions made:</p><ol><li>x</li></ol><p>End.</p>', 'Suggestions made:\n\n1. x\n\nEnd.\n'],
    [
      'table rows as "| a | b |", a header row of <th> cells followed by the delimiter row, a cell\'s paragraphs on its row',
      '<html><body><table><tr><th>Name</th><th>Role</th></tr><tr><td>Aida Bekova</td><td><p>lawyer</p></td></tr></table></body></html>',
      '| Name | Role |\n| --- | --- |\n| Aida Bekova | lawyer |\n',
    ],
    [
      'bold as "**", around its words only; nested bold one run; bold around nothing and a stray end tag marking nothing',
      '<html><body><p><b> Moderator: </b>Asanov <strong>Bolot <b>Asanovich</b></strong>.</p><p><b></b>x</b> y</p></body></html>',
      '**Moderator:** Asanov **Bolot Asanovich**.\n\nx y\n',
    ],
    [
      'bold across paragraphs or line breaks closed at each and opened again, as markdown\'s emphasis ends with its paragraph',
      '<html><body><b><p>Moderator:</p><p>Asanov Bolot</p></b><p><b>Speakers:<br>Aida Bekova</b>, lawyer</p></body></html>',
      '**Moderator:**\n\n**Asanov Bolot**\n\n**Speakers:**\n**Aida Bekova**, lawyer\n',
    ],
    [
      'preformatted text with its lines and blank lines kept, as a site exports plain-text minutes',
      '<html><body><h1>Minutes</h1><pre>Open dialogue platform\n\nModerator: Asanov   Bolot.\nDate: 5 May 2021\n</pre><p>End   of  text</p></body></html>',
      '# Minutes\n\nOpen dialogue platform\n\nModerator: Asanov   Bolot.\nDate: 5 May 2021\n\nEnd of text\n',
    ],
    [
      'footnote and endnote marks (Word\'s links to "#_ftn1") are no text; other links and superscripts are',
      '<html><body><p>Osh city<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>, hotel. See <a href="http://x.kg">the site</a>. 18<sup>th</sup> of March</p><div id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a> The city of the south.</p></div></body></html>',
      'Osh city, hotel. See the site. 18th of March\n\nThe city of the south.\n',
    ],
  ])('%s', (_name, html, markdown) => {
    expect(read(html)).toBe(markdown);
  });
  it('references decoded (the no-break space kept), a "<" that opens no tag kept, inline tags separating nothing', () => {
    const html = '<html><body><p>&#8220;Orto-Asia&#8221; &laquo;x&raquo; 18&nbsp;March, a &lt; b, c < d, Asa<span lang=EN-US>nov</span>, &copy;</p></body></html>';
    expect(read(html)).toBe('“Orto-Asia” «x» 18\u00a0March, a < b, c < d, Asanov, &copy;\n');
  });
  it('the head, scripts, styles, Word’s XML and conditional comments go with all they hold', () => {
    const html = [
      '<html><head><style><!-- p {margin:0} --></style><script>var a = "<p>no</p>";</script></head>',
      '<body><!--[if gte mso 9]><xml><o:Author>Secretary</o:Author></xml><![endif]--><p><![if !supportLists]>1.&nbsp; <![endif]>Build</p></body></html>',
    ].join('\n');
    expect(read(html)).toBe('1.\u00a0 Build\n');
  });
  it('negative: an unclosed comment runs to the end, as in a browser; an unclosed script drops its tag only', () => {
    expect(read('<html><body><p>Kept</p><!-- <p>lost</p>')).toBe('Kept\n');
    expect(read('<html><body><script>Kept<p>too</p>')).toBe('Kept\n\ntoo\n');
  });
  it('maps every offset of its text back to the document', () => {
    const html = '<html>\n<body>\n<p class=MsoNormal><span>Moderator:</span> <b>Asanov Bolot</b></p>\n</body></html>';
    const read = htmlDocumentAsText(html)!;
    for (const word of ['Moderator', 'Asanov', 'Bolot']) expect(read.sourceOffset(read.text.indexOf(word))).toBe(html.indexOf(word));
  });
});

describe('parseMinutes on a web page', () => {
  const osh = `<!DOCTYPE html>
<html><head><title>Minutes</title></head>
<body>
<h1>Open dialogue platform in Osh region on the topic &ldquo;Migration&rdquo;</h1>
<p><b>Moderator:</b> Abdyrov Tolonbek Shakirovich, professor.</p>
<p><b>Date and place:</b>
18 of March, city Osh, the hotel &ldquo;Orto-Asia&rdquo;.</p>
<p>Totally: 40 participants, among them 24 women and 17 men.</p>
<p>Suggestions made:</p><ol><li>To create a migration service;</li><li>To strengthen the borders.</li></ol>
</body></html>`;

  it('gives the record of the text, not of its tags', () => {
    const r = parseMinutes(osh);
    expect(r.title).toBe('Open dialogue platform in Osh region on the topic “Migration”');
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' }, roles: ['professor'] });
    expect(r.venue).toEqual({ text: 'city Osh, the hotel “Orto-Asia”', city: 'Osh', name: 'Orto-Asia', room: null });
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To create a migration service' },
      { number: 2, text: 'To strengthen the borders' },
    ]);
  });
  it('points its diagnostics and positions at the lines and columns of the file', () => {
    const r = parseMinutes(osh, { positions: true });
    const date = osh.split('\n').findIndex((line) => line.startsWith('18 of March'));
    const count = osh.split('\n').findIndex((line) => line.startsWith('<p>Totally'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'date-without-year', line: date + 1, column: 1 }),
      expect.objectContaining({ code: 'participants-mismatch', line: count + 1, column: 'Totally: '.length + 4 }),
    ]);
    const moderator = osh.split('\n')[4]!;
    expect(r.positions!['/moderator/name']).toMatchObject({ start: { line: 5, column: moderator.indexOf('Abdyrov') + 1 } });
  });
  it('plain-text minutes a site wraps in <pre> give the record of the text', () => {
    const text = 'Open dialogue platform\n\nModerator: Asanov Bolot, expert.\n\nSuggestions made:\n1. Build a pipe;\n2. Train staff.\n';
    const { source: _a, ...fromText } = parseMinutes(text);
    const { source: _b, ...fromPage } = parseMinutes(`<!DOCTYPE html>\n<html><body><pre>${text}</pre></body></html>\n`);
    expect(fromPage).toEqual(fromText);
  });
  it('a fixture saved by a word processor gives the record of its text', () => {
    const text = 'Open dialogue platform\n\nModerator: Asanov Bolot, expert.\n\nSuggestions made:\n\n1. Build a pipe;\n2. Train staff.\n';
    const { source: _a, ...fromText } = parseMinutes(text);
    const { source: _b, ...fromPage } = parseMinutes(asWebPage(text));
    expect(fromPage).toEqual(fromText);
  });
});
