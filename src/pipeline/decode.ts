/**
 * Bytes to text: strip a BOM, decode UTF-8 (or UTF-16 with a BOM), and say
 * so when the bytes are not text at all.
 */
import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../schema.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

/** Decode `bytes` (or pass a string through, minus any BOM). */
export function decode(input: string | Uint8Array, options: { encoding?: string } = {}): Decoded {
  if (typeof input === 'string') {
    return { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8', diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  let encoding = options.encoding?.toLowerCase() ?? sniff(input);
  let body = input;
  if (encoding === 'utf-8' && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) body = input.subarray(3);
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && hasUtf16Bom(input)) body = input.subarray(2);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : encoding).decode(body);
    diagnostics.push(diagnostic('error', 'not-text', `The bytes are not valid ${encoding}; undecodable bytes were replaced with U+FFFD`));
    encoding = `${encoding} (with errors)`;
  }
  if (looksBinary(text)) {
    diagnostics.push(diagnostic('error', 'not-text', 'The file is binary, not text: expected plain text or markdown minutes'));
  }
  return { text, encoding, diagnostics };
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function sniff(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** NUL bytes or many control characters mean binary data. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}
