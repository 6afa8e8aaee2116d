/**
 * People with their roles, from a run of text such as
 * "deputy of X - **Name**, head of Y - **Name2**" (roles before each name) or
 * "Name, expert of X, member of Y, **Name2**, head of Z" (roles after).
 *
 * The text is cut at top-level commas, semicolons and spaced dashes; each
 * piece is a name, a role, or noise (the words that introduce the speakers).
 * A name preceded by a dash takes the roles just before it; any other name
 * takes the roles after it, up to the next name.
 */
import type { Doc, Span } from './document.js';
import type { Lexicon } from './lexicon/types.js';
import type { PersonName } from './schema.js';
import { findNames, splitName, type NameSpan } from './names.js';
import { alternation, cleanValue, quotedSpans, splitTopLevel, stripMarkup, trimSpan, WORD_END, WORD_START, type Piece } from './text.js';

/** A person found in the text, with document offsets for name and roles. */
export interface FoundPerson {
  name: PersonName;
  nameSpan: Span;
  roles: { text: string; span: Span }[];
}

interface Part extends Span {
  kind: 'name' | 'role' | 'noise';
  text: string;
  sep: Piece['sep'];
  name?: NameSpan;
}

export interface PeopleOptions {
  /** Take the first piece as a name when it looks like one, even without evidence (after a "Moderator:" label). */
  assumeName?: boolean;
  /** Cue words: the words before the last cue in a piece are noise ("A welcoming speech was made by"). */
  cues?: readonly string[];
  /** Words allowed between a cue and the first role or name. */
  fillers?: readonly string[];
}

/** Find the people named in `doc.text[start, end)` with the roles attached to each. */
export function findPeople(doc: Doc, start: number, end: number, options: PeopleOptions = {}): FoundPerson[] {
  const text = doc.text.slice(start, end);
  const lex = doc.lexicon;
  const strong = doc.strong
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start, end: s.end - start }));
  const names = findNames(text, lex, { strong, exclude: quotedSpans(text) });
  const parts = toParts(text, names, lex, options);
  if (options.assumeName && !parts.some((p) => p.kind === 'name')) {
    const first = parts.find((p) => p.kind === 'role');
    if (first && looksLikeBareName(first.text)) {
      first.kind = 'name';
      first.name = { start: first.start, end: first.end, full: first.text };
    }
  }
  return assign(parts).map(({ name, roles }) => ({
    name: splitName(name.name!.full, lex),
    nameSpan: { start: start + name.name!.start, end: start + name.name!.end },
    roles: roles.map((r) => ({ text: r.text, span: { start: start + r.start, end: start + r.end } })),
  }));
}

/** One to four capitalised words, optionally after an honorific: a name by its shape alone. */
function looksLikeBareName(text: string): boolean {
  return /^(?:\p{Lu}\p{Ll}*\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\p{Ll}?\.)){0,3}$/u.test(text);
}

function toParts(text: string, names: NameSpan[], lex: Lexicon, options: PeopleOptions): Part[] {
  const parts: Part[] = [];
  const cue = options.cues?.length ? new RegExp(`${WORD_START}(?:${alternation(options.cues)})${WORD_END}`, 'giu') : null;
  for (const piece of splitTopLevel(text)) {
    let at = piece.start;
    let sep = piece.sep;
    const inside = names.filter((n) => n.start >= piece.start && n.end <= piece.end);
    for (const name of inside) {
      pushText(parts, text, at, name.start, sep, lex, cue, options);
      // Words between the separator and the name ("and", "**") keep the separator.
      if (cleanValue(text.slice(at, name.start)) !== '' && !onlyJoiners(text.slice(at, name.start), lex)) sep = '';
      parts.push({ kind: 'name', start: name.start, end: name.end, text: name.full, sep, name });
      at = name.end;
      sep = '';
    }
    pushText(parts, text, at, piece.end, sep, lex, cue, options);
  }
  return parts;
}

function onlyJoiners(text: string, lex: Lexicon): boolean {
  const rest = stripMarkup(text)
    .replace(new RegExp(`${WORD_START}(?:${alternation(lex.words.conjunctions)})${WORD_END}`, 'giu'), '')
    .replace(/[\s,;:.()\-–—]+/g, '');
  return rest === '';
}

/** Add the role (or noise) pieces of text[from, to). */
function pushText(
  parts: Part[],
  text: string,
  from: number,
  to: number,
  sep: Piece['sep'],
  lex: Lexicon,
  cue: RegExp | null,
  options: PeopleOptions,
): void {
  if (cleanValue(text.slice(from, to)) === '') return;
  let roleFrom = from;
  if (cue) {
    const slice = text.slice(from, to);
    let last: RegExpExecArray | null = null;
    cue.lastIndex = 0;
    for (let m = cue.exec(slice); m; m = cue.exec(slice)) {
      if (!last) last = m;
      else break;
    }
    if (last) {
      // The cue and the filler words after it are noise; what follows is a role.
      let at = from + last.index + last[0].length;
      const skip = new RegExp(`^[\\s:,]*(?:(?:${alternation([...(options.fillers ?? []), ...(options.cues ?? [])])})${WORD_END}[\\s:,]*)*`, 'iu');
      const m = skip.exec(text.slice(at, to));
      if (m) at += m[0].length;
      parts.push({ kind: 'noise', start: from, end: at, text: text.slice(from, at), sep });
      roleFrom = at;
      sep = '';
    }
  }
  const role = roleText(text.slice(roleFrom, to), lex);
  if (role === '') return;
  const span = trimSpan(text, roleFrom, to);
  // Roles in brackets after a name: "Name (head of X)".
  parts.push({ kind: 'role', start: span.start, end: span.end, text: role, sep });
}

/** Clean a role: no joining words or article in front, no brackets around, no trailing punctuation. */
export function roleText(text: string, lex: Lexicon): string {
  let t = cleanValue(text);
  const lead = new RegExp(`^(?:(?:${alternation(lex.words.conjunctions)})${WORD_END}\\s*)+`, 'iu');
  t = t.replace(lead, '');
  t = t.replace(/^\((.*)\)$/su, '$1').trim();
  t = t.replace(new RegExp(`^(?:${alternation(lex.words.articles)})\\s+`, 'iu'), '');
  return cleanValue(t);
}

/** Attach roles to names by the dash rule. */
function assign(parts: Part[]): { name: Part; roles: Part[] }[] {
  const owner = new Map<Part, Part>();
  const people = parts.filter((p) => p.kind === 'name').map((name) => ({ name, roles: [] as Part[] }));
  const byName = new Map(people.map((p) => [p.name, p]));
  // 1. "roles - Name": a name after a dash takes the roles just before it.
  parts.forEach((part, i) => {
    if (part.kind !== 'name' || part.sep !== '-') return;
    for (let j = i - 1; j >= 0 && parts[j]!.kind === 'role' && !owner.has(parts[j]!); j--) owner.set(parts[j]!, part);
  });
  // 2. "Name, roles": any other name takes the free roles after it.
  parts.forEach((part, i) => {
    if (part.kind !== 'name' || part.sep === '-') return;
    for (let j = i + 1; j < parts.length && parts[j]!.kind === 'role'; j++) {
      if (owner.has(parts[j]!)) break;
      owner.set(parts[j]!, part);
    }
  });
  // 3. A name still without roles takes free roles just before it ("head of X, Name").
  parts.forEach((part, i) => {
    if (part.kind !== 'name' || [...owner.values()].includes(part)) return;
    for (let j = i - 1; j >= 0 && parts[j]!.kind === 'role' && !owner.has(parts[j]!); j--) owner.set(parts[j]!, part);
  });
  for (const part of parts) {
    const name = owner.get(part);
    if (name) byName.get(name)!.roles.push(part);
  }
  for (const p of people) p.roles.sort((a, b) => a.start - b.start);
  return people;
}
