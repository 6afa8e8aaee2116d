/**
 * Output files under --out-dir: mirrored paths, written atomically (temp file
 * + rename), never over an input, never outside the folder, and left alone
 * when the bytes would not change.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** Where the record of an input with `relativePath` goes, or why it cannot go anywhere. */
export function planTarget(
  outDir: string,
  relativePath: string,
  extension: string,
  inputs: ReadonlySet<string>,
): { target: string } | { problem: string } {
  const root = resolve(outDir);
  const target = resolve(root, relativePath.replace(/\.[^./\\]*$/, '') + extension);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { problem: `Refusing to write outside the output folder: ${target}` };
  if (inputs.has(target)) return { problem: `Refusing to overwrite an input file: ${target}` };
  return { target };
}

/** Write `content` to `target` atomically; false when the file already held exactly this. */
export async function writeAtomic(target: string, content: string): Promise<boolean> {
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  if (existing === content) return false;
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return true;
}
