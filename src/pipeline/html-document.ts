/**
 * Minutes saved as a web page (Word's "Save as Web Page", a site's export) are a whole HTML
 * document: markup around the text, its paragraphs on one line or wrapped anywhere. Read as
 * text, the tags would end up in the values. Such a document is turned into the markdown it
 * stands for: headings, paragraphs, line breaks, list items (numbered where the list is),
 * table rows as "| a | b |", bold as "**"; the head, scripts, styles and comments go, white
 * space is collapsed and character references decoded, as a browser does.
 *
 * Only a whole document is read so ("<!DOCTYPE html", "<html"): a tag inside plain-text
 * minutes stays as written (withoutHtml reads its references and "<br>"). The text's lines are
 * no longer the file's, so `sourceOffset` maps an offset of the text back to the file's, and
 * diagnostics and positions point into the file.
 *
 * Every search here stops at the next "<" or runs once to the end, so the step is linear
 * whatever the markup: an unclosed comment runs to the end, as in a browser.
 */
import { bisect } from '../text.js';
import { REFERENCE, reference } from './html-text.js';

/** An HTML document read as markdown text, and the way back from its offsets to the document's. */
export interface HtmlText {
  text: string;
  /** The offset in the document of an offset in `text`. */
  sourceOffset(offset: number): number;
}

// A whole document: a doctype or an <html> element first, after white space, a BOM, an XML declaration or comments.
const DOCUMENT = /^\ufeff?\s*(?:<\?xml[^<>]*>\s*)?(?:<!--[^]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;
// How much of a text is looked at for that.
const DOCUMENT_REACH = 4096;

// Markup dropped with no text of its own: a doctype, an XML declaration, Word's "<![if …]>" and "<![endif]>".
const BARE = /<!doctype[^<>]*>|<\?xml[^<>]*>|<!\[(?:if|endif)[^<>\]]*\]>/iy;
// An element dropped with all it holds, up to its end tag.
const CONTAINER = /<(head|script|style|xml|title|template)\b[^<>]*>/iy;
// A tag: whether it closes ("</p>") and its name. (Attribute values hold no "<" or ">" here, so a search never passes the next "<".)
const TAG = /<(\/?)([a-z][a-z0-9:-]*)(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*>/iy;
// White space a browser collapses: not the no-break space, which a reference or a character keeps.
const SPACE = /[ \t\n\r\f]+/g;

// A link to a footnote or an endnote, or back from one (Word: href="#_ftn1", "#_ftnref1", "#_edn1").
const NOTE_LINK = /\shref\s*=\s*["']?#_(?:ftn|edn)/i;

const BLOCK = new Set(['p', 'div', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'hr', 'pre', 'address', 'center', 'body', 'html', 'form', 'fieldset', 'figure', 'figcaption', 'caption', 'nav', 'aside']);
const HEADING = /^h([1-6])$/;
const BOLD = new Set(['b', 'strong']);

/** Whether `text` is a whole HTML document rather than minutes that hold a tag. */
export function isHtmlDocument(text: string): boolean {
  return DOCUMENT.test(text.length > DOCUMENT_REACH ? text.slice(0, DOCUMENT_REACH) : text);
}

/** The markdown text of an HTML document, or undefined when `text` is none. */
export function htmlDocumentAsText(text: string): HtmlText | undefined {
  if (!isHtmlDocument(text)) return undefined;
  const out = new Writer();
  const lists: { ordered: boolean; next: number }[] = [];
  const unclosed = new Set<string>(); // elements with no end tag after some point (pastEndTag)
  let row = { cells: 0, header: false, first: true };
  let bold = 0; // how deep in <b> and <strong>
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? text.length : lt;
    if (end > at) out.text(text.slice(at, end), at);
    if (lt < 0) break;
    at = markupEnd(text, lt, unclosed);
    if (at > lt) continue;
    TAG.lastIndex = lt;
    const tag = TAG.exec(text);
    if (!tag) {
      // A "<" that opens no tag ("a < b") is text.
      out.text('<', lt);
      at = lt + 1;
      continue;
    }
    at = lt + tag[0].length;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    // A footnote's or an endnote's mark, a link with its number ("[1]" after a word, Word's "#_ftn1"), is no text.
    if (name === 'a' && !closing && NOTE_LINK.test(tag[0])) {
      at = pastEndTag(text, at, 'a', unclosed);
      continue;
    }
    const heading = HEADING.exec(name);
    if (name === 'br') out.lineBreak();
    else if (heading) out.block(closing ? '' : `${'#'.repeat(Number(heading[1]))} `);
    else if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: startOf(tag[0]) });
      // (A list inside an item goes on the item's list; one after a paragraph is set off by a blank line, so that
      // "3." opens it, which could not interrupt a paragraph.)
      out.block('', lists.length > (closing ? 0 : 1));
    } else if (name === 'li') {
      const list = lists.at(-1);
      // (Nested lists are flattened: the extractors read the items, not their depth.)
      out.block(closing ? '' : list?.ordered ? `${list.next++}. ` : '- ', true);
    } else if (name === 'table') {
      row = { cells: 0, header: false, first: true };
      out.inCell = false;
      out.block('');
    } else if (name === 'tr') {
      if (closing && row.cells > 0) {
        out.mark(' |', lt);
        // A header row of <th> cells is followed by markdown's delimiter row, so it reads as no item.
        if (row.first && row.header) out.mark(`\n|${' --- |'.repeat(row.cells)}`, lt);
        row = { cells: 0, header: false, first: false };
      }
      out.block(closing ? '' : '|', true);
    } else if (name === 'td' || name === 'th') {
      if (!closing) {
        out.mark(row.cells === 0 ? ' ' : ' | ', lt);
        row.cells++;
        row.header ||= name === 'th';
      }
      out.inCell = !closing;
    } else if (BOLD.has(name)) {
      // (Nested bold is one run; a stray "</b>" marks nothing.)
      const was = bold;
      bold = closing ? Math.max(0, bold - 1) : bold + 1;
      if ((was === 0) !== (bold === 0)) out.bold(bold > 0, lt);
    } else if (BLOCK.has(name)) {
      out.block('');
      // (Preformatted text keeps its lines: a site's export of plain-text minutes is one <pre>.)
      if (name === 'pre') out.preformatted = !closing;
    }
    // Any other tag is inline ("<span …>", "<a …>", "<font>", "<o:p>"): it separates nothing.
  }
  if (bold > 0) out.bold(false, text.length);
  return out.done();
}

/** Where markup dropped with what it holds ends, if a comment, a container or a bare declaration opens at `lt`; else `lt`. */
function markupEnd(text: string, lt: number, unclosed: Set<string>): number {
  if (text.startsWith('<!--', lt)) {
    const close = text.indexOf('-->', lt + 4);
    return close < 0 ? text.length : close + 3;
  }
  BARE.lastIndex = lt;
  const bare = BARE.exec(text);
  if (bare) return lt + bare[0].length;
  CONTAINER.lastIndex = lt;
  const open = CONTAINER.exec(text);
  if (!open) return lt;
  return pastEndTag(text, lt + open[0].length, open[1]!.toLowerCase(), unclosed);
}

/**
 * Just past the end tag of the element `name` whose start tag ends at `from`; where none follows, `from` itself (only
 * the tag goes, the text after it is kept), and `unclosed` remembers it: none follows a later start tag either, so each
 * name is looked for to the end once at most.
 */
function pastEndTag(text: string, from: number, name: string, unclosed: Set<string>): number {
  if (unclosed.has(name)) return from;
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  const found = close.exec(text);
  if (found) return found.index + found[0].length;
  unclosed.add(name);
  return from;
}

/** The first number of an ordered list (`<ol start="3">`). */
function startOf(tag: string): number {
  const start = /\bstart\s*=\s*["']?(\d{1,4})/i.exec(tag);
  return start ? Number(start[1]) : 1;
}

/**
 * The markdown written so far, and its anchors back into the document: every piece written
 * starts one, so an offset maps to the document by the last anchor at or before it.
 */
class Writer {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly outStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  /** White space seen since the last text: one space before the next text on its line. */
  private space = false;
  /** Line breaks owed before the next text: 1, or 2 for a blank line. */
  private breaks = 0;
  /** A marker owed at the start of the next line ("# ", "1. ", "|"). */
  private marker = '';
  /** Whether a table's cell is open. */
  inCell = false;
  /** Whether the text is preformatted (<pre>): its white space and line breaks kept. */
  preformatted = false;
  /** Bold opened before the next text. */
  private opening = false;
  /** Bold written and not yet closed. */
  private bolded = false;

  /** Text of the document at `source`: references decoded, white space collapsed. */
  text(chunk: string, source: number): void {
    let from = 0;
    for (const m of chunk.matchAll(REFERENCE)) {
      this.run(chunk.slice(from, m.index), source + from);
      const char = reference(m[0], m[1], m[2], m[3]);
      if (char !== m[0]) this.word(char, source + m.index);
      else this.run(m[0], source + m.index);
      from = m.index + m[0].length;
    }
    this.run(chunk.slice(from), source + from);
  }

  /** Markup of our own (a cell's bar) where the text would go. */
  mark(chunk: string, source: number): void {
    // (Its own space stands for the white space before it.)
    if (chunk.startsWith(' ')) this.space = false;
    this.word(chunk, source);
  }

  /**
   * Bold opens or closes: "**" right before the next text (after its space), or right after the last (before
   * its space), as markdown needs them; bold around no text writes nothing (a "****" line would be a rule).
   */
  bold(open: boolean, source: number): void {
    if (open) this.opening = true;
    else if (this.opening) this.opening = false;
    else if (this.bolded) {
      this.push('**', source);
      this.bolded = false;
    }
  }

  /** Close bold written on this line before a line break, to open it again before the next text (markdown's emphasis ends with its paragraph). */
  private breakBold(): void {
    if (!this.bolded) return;
    this.push('**', this.sourceStarts.at(-1) ?? 0);
    this.bolded = false;
    this.opening = true;
  }

  /** A "<br>": the next text on a line of its own. */
  lineBreak(): void {
    this.breakBold();
    this.breaks = Math.max(this.breaks, 1);
  }

  /** A block's edge: the next text after a blank line (a line break only where `tight`: a list's items, a table's rows), opened by `marker`. */
  block(marker: string, tight = false): void {
    // (Inside a table's cell a paragraph is only a space apart: the row stays one line.)
    if (this.inCell) {
      this.space = true;
      return;
    }
    this.breakBold();
    this.breaks = Math.max(this.breaks, tight ? 1 : 2);
    if (marker) this.marker = marker;
  }

  /** Text with its white space collapsed, or, preformatted, its lines kept. */
  private run(chunk: string, source: number): void {
    if (this.preformatted) {
      this.lines(chunk, source);
      return;
    }
    let from = 0;
    for (const m of chunk.matchAll(SPACE)) {
      if (m.index > from) this.word(chunk.slice(from, m.index), source + from);
      this.space = true;
      from = m.index + m[0].length;
    }
    if (chunk.length > from) this.word(chunk.slice(from), source + from);
  }

  /** Preformatted text: each line as written, a line break after it, a blank line where there is one. */
  private lines(chunk: string, source: number): void {
    let from = 0;
    for (const m of chunk.matchAll(/\r\n?|\n/g)) {
      if (m.index > from) this.word(chunk.slice(from, m.index), source + from);
      this.breakBold();
      this.breaks = Math.min(2, this.breaks + 1);
      from = m.index + m[0].length;
    }
    if (chunk.length > from) this.word(chunk.slice(from), source + from);
  }

  /** Write `chunk`, after the line breaks, marker or space owed before it. */
  private word(chunk: string, source: number): void {
    const lineStart = this.length === 0 || this.breaks > 0;
    if (this.length > 0 && this.breaks > 0) this.push(this.breaks > 1 ? '\n\n' : '\n', source);
    if (lineStart && this.marker) this.push(this.marker, source);
    else if (this.space && !lineStart && !this.parts.at(-1)!.endsWith(' ')) this.push(' ', source);
    if (this.opening) {
      this.push('**', source);
      this.bolded = true;
    }
    this.breaks = 0;
    this.marker = '';
    this.space = false;
    this.opening = false;
    this.push(chunk, source);
  }

  private push(chunk: string, source: number): void {
    this.outStarts.push(this.length);
    this.sourceStarts.push(source);
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  done(): HtmlText {
    const { outStarts, sourceStarts } = this;
    return {
      text: `${this.parts.join('')}\n`,
      sourceOffset(offset) {
        const i = bisect(outStarts.length, (k) => outStarts[k]! <= offset) - 1;
        return i < 0 ? 0 : sourceStarts[i]! + offset - outStarts[i]!;
      },
    };
  }
}
