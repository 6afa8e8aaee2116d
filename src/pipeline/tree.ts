/** Markdown to mdast with unified + remark-parse (positions kept). */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/** Parse `text` as markdown; plain text minutes come out as paragraphs. */
export function toTree(text: string): Root {
  return processor.parse(text);
}
