/**
 * Encode text into a single-byte code page (windows-1251, koi8-r, …) using
 * the platform's own decoder to build the reverse table. For tests, the
 * benchmark and fixtures; the CLI itself only decodes.
 */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`“${ch}” has no byte in ${encoding}`);
    return b;
  }));
}
