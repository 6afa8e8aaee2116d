/**
 * Front matter, the metadata block that static-site and note-taking tools put
 * at the top of a markdown file ("---" / "title: …" / "date: …" / "---", or
 * TOML between "+++" lines), is the file's, not the minutes': markdown would
 * read its "---" as rules or a heading's underline and its "key: value" lines
 * as labels ("title:" as the event's name). It is blanked out, one space for
 * each character, so that offsets, lines and columns stay those of the source.
 *
 * Only a block that opens the file and closes within MAX_LINES is front
 * matter, and only if every line in it reads as YAML ("key: value", an
 * indented or "- " continuation, a comment) or TOML ("key = value",
 * "[table]"): a title between two rules ("---" / "OPEN DIALOGUE PLATFORM" /
 * "---") is no metadata.
 */

/** The most lines a front matter block may have, its fences included. */
const MAX_LINES = 60;

interface Fences {
  open: string;
  close: RegExp;
  line: RegExp;
}

const YAML: Fences = {
  open: '---',
  close: /^(?:---|\.\.\.)[ \t]*$/,
  // "key: value", "key:", an indented continuation, a list item, a comment.
  line: /^(?:[\p{L}\p{N}_][\p{L}\p{N}_ .-]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]|#)/u,
};

const TOML: Fences = {
  open: '+++',
  close: /^\+\+\+[ \t]*$/,
  // "key = value", "[table]", a comment.
  line: /^(?:[\p{L}\p{N}_."-]+[ \t]*=|\[|#)/u,
};

/** `text` with a front matter block at its start replaced by spaces (line breaks kept). */
export function withoutFrontMatter(text: string): string {
  const fences = text.startsWith('---') ? YAML : text.startsWith('+++') ? TOML : undefined;
  if (!fences) return text;
  const lines = text.split('\n', MAX_LINES);
  if (lines[0]!.trimEnd() !== fences.open) return text;
  const close = lines.findIndex((line, i) => i > 0 && fences.close.test(line));
  if (close === -1) return text;
  const inner = lines.slice(1, close);
  if (!inner.every((line) => line.trim() === '' || fences.line.test(line))) return text;
  const end = lines.slice(0, close + 1).join('\n').length;
  return text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
