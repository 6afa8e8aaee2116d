/**
 * Bytes to text. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise UTF-16 where every
 * other byte is NUL (an export with no BOM); otherwise UTF-8 if the
 * bytes are valid UTF-8; otherwise the encoding chardet detects (Cyrillic
 * minutes saved on Windows are usually windows-1251), decoded by the
 * platform's TextDecoder, with an info diagnostic naming it. Binary data and
 * undecodable bytes are `not-text` errors.
 */
import { lazy } from '../lazy.js';
import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../schema.js';

const chardet = lazy<typeof import('chardet')>('chardet');

export interface Decoded {
  text: string;
  encoding: string;
  /** The bytes are binary data, not text: nothing to extract. */
  binary: boolean;
  diagnostics: Diagnostic[];
}

const BOMS: [string, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Decode `input` (a string passes through, minus any BOM). A document of a word processor or a PDF is no text: its
 * `not-text` error names what it is and what to save it as.
 */
export function decode(input: string | Uint8Array, options: { encoding?: string } = {}): Decoded {
  const decoded = decodeText(input, options);
  const kind = documentKind(decoded.text, typeof input === 'string' ? undefined : input);
  if (!kind) return decoded;
  const message = `The file is ${kind}, not text: save it as plain text (.txt), markdown or a web page (.htm), and parse that`;
  // (What its bytes would decode as says nothing of such a file.)
  const diagnostics = decoded.diagnostics.filter((d) => d.code !== 'not-text' && d.code !== 'encoding-detected');
  return { ...decoded, binary: true, diagnostics: [...diagnostics, diagnostic('error', 'not-text', message)] };
}

/** Formats minutes come in that are no text, by their first bytes (or characters): what the file is, in words. */
const DOCUMENT_KINDS: [RegExp | number[], string][] = [
  [/^%PDF-/, 'a PDF document'],
  [/^\{\\rtf/, 'an RTF document'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a Word 97–2003 document (.doc) or another older Office file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

/** What a file that is no text is ("a Word document (.docx)"), or undefined for text and unknown data. */
function documentKind(text: string, bytes: Uint8Array | undefined): string | undefined {
  for (const [mark, kind] of DOCUMENT_KINDS) {
    if (mark instanceof RegExp ? mark.test(text.slice(0, 8)) : bytes !== undefined && mark.every((b, i) => bytes[i] === b)) return kind;
  }
  // A ZIP archive: a .docx or .odt document is one, its parts named inside.
  if (!text.startsWith('PK\u0003\u0004')) return undefined;
  const head = text.slice(0, 4096);
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('opendocument.text')) return 'an OpenDocument text (.odt)';
  return 'a ZIP archive';
}

/** Decode `input` as text, by its byte order mark, as UTF-16 or UTF-8, else by detection: what `decode` returns for text. */
function decodeText(input: string | Uint8Array, options: { encoding?: string }): Decoded {
  if (typeof input === 'string') return checked(input.replace(/^\uFEFF/, ''), 'utf-8', []);
  const diagnostics: Diagnostic[] = [];
  const bom = BOMS.find(([, marks]) => marks.every((b, i) => input[i] === b));
  if (options.encoding) {
    const body = bom && bom[0] === options.encoding ? input.subarray(bom[1].length) : input;
    return strict(body, options.encoding, diagnostics) ?? lossy(body, options.encoding, diagnostics);
  }
  if (bom) {
    const [encoding, marks] = bom;
    if (encoding !== 'utf-8') diagnostics.push(diagnostic('info', 'encoding-detected', `Decoded as ${encoding} (byte order mark)`));
    const body = input.subarray(marks.length);
    return strict(body, encoding, diagnostics) ?? lossy(body, encoding, diagnostics);
  }
  // UTF-16 with no BOM (some exports write none): NUL bytes are valid UTF-8, so it is told apart first.
  const wide = utf16Order(input);
  const utf16 = wide && strict(input, wide, [...diagnostics, diagnostic('info', 'encoding-detected', `Decoded as ${wide}: no byte order mark, but every other byte is NUL (use --encoding to choose another)`)]);
  if (utf16 && !utf16.binary) return utf16;
  const utf8 = strict(input, 'utf-8', diagnostics);
  if (utf8) return utf8;
  const detected = detect(input);
  if (detected) {
    const text = strict(input, detected, [
      ...diagnostics,
      diagnostic('info', 'encoding-detected', `Decoded as ${detected}: the bytes are not UTF-8 (use --encoding to choose another)`),
    ]);
    if (text) return text;
  }
  return lossy(input, 'utf-8', diagnostics);
}

/** How many bytes utf16Order samples. */
const UTF16_SAMPLE = 4096;

/**
 * The byte order of UTF-16 text without a BOM, where its NUL bytes all fall on one side of the pairs (the high
 * bytes of ASCII letters, spaces and digits, one pair in twenty at least: Cyrillic text has few, its spaces' and
 * digits'): odd for little-endian, even for big. Binary data has NULs on both sides.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0 || bytes.indexOf(0) < 0) return undefined;
  const end = Math.min(bytes.length, UTF16_SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  if (even === 0 && odd >= pairs / 20) return 'utf-16le';
  if (odd === 0 && even >= pairs / 20) return 'utf-16be';
  return undefined;
}

/** The encoding chardet finds, if the platform can decode it and it is not UTF-8. */
function detect(bytes: Uint8Array): string | undefined {
  const name = chardet().detect(bytes.subarray(0, 64 * 1024))?.toLowerCase();
  if (!name || name === 'utf-8') return undefined;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

function strict(bytes: Uint8Array, encoding: string, diagnostics: Diagnostic[]): Decoded | undefined {
  try {
    return checked(decodeWith(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }), bytes), encoding, diagnostics);
  } catch {
    return undefined;
  }
}

function lossy(bytes: Uint8Array, encoding: string, diagnostics: Diagnostic[]): Decoded {
  const text = decodeWith(new TextDecoder(encoding, { ignoreBOM: true }), bytes);
  const at = text.indexOf('\uFFFD');
  const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
  diagnostics.push(
    diagnostic('error', 'not-text', `Bytes that are not valid ${encoding} were replaced with U+FFFD: expected UTF-8 text (or pass --encoding)`, {
      line,
      column: at < 0 ? 1 : at - text.lastIndexOf('\n', at - 1),
    }),
  );
  return checked(text, encoding, diagnostics);
}

/**
 * `bytes` decoded by `decoder`, and, for windows-1252, its bytes 0x80–0x9F as the characters the Encoding standard gives
 * them (“ ” ‘ ’ – — € …): Node 20's decoder gives the C1 control characters instead, as Latin-1 does, and smart quotes
 * and dashes from a Windows editor would be lost.
 */
function decodeWith(decoder: { decode(bytes: Uint8Array): string; encoding: string }, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(C1, (c: string) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c) : text;
}

const C1 = /[\u0080-\u009f]/g;
// The Encoding standard's windows-1252 for 0x80–0x9F; the five bytes it leaves as they are, as undefined.
const WINDOWS_1252 = ['€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined, undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ'];

/** Flag binary data: NUL bytes, or many control characters. */
function checked(text: string, encoding: string, diagnostics: Diagnostic[]): Decoded {
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  const binary = sample.includes('\u0000') || (sample.length > 0 && controls / sample.length > 0.1);
  if (binary) diagnostics.push(diagnostic('error', 'not-text', 'The file is binary, not text: expected plain text or markdown minutes'));
  return { text, encoding, binary, diagnostics };
}
