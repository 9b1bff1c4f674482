/**
 * Just enough of Markdown, read the way GitHub renders it, to check the project's documentation links: where
 * the links are and which `#anchors` each page has. No parser is a dependency of the project, and the pages
 * use plain CommonMark (ATX headings, inline links, fenced code), so this reads those and nothing fancier.
 */
import GithubSlugger from 'github-slugger';

/** One link as written in a page. */
export interface MarkdownLink {
  /** The link's destination as written: a URL, a relative path, `#anchor` or `path#anchor`. */
  readonly target: string;
  /** 1-based line where the link starts, for the failure message. */
  readonly line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A code span: a run of backticks, then anything up to the same run, never across a blank line. */
const CODE_SPAN = /(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n)[\s\S])+?)(?<!`)\1(?!`)/g;

/**
 * The page with what GitHub shows as code blanked out: fenced blocks become empty lines and code spans
 * become `x`s, so a `[text](target)` or `# heading` written inside code is not read as one, while every
 * other character (and so every line number) stays where it was.
 */
export function withoutCode(markdown: string): string {
  let fence: string | undefined;
  const prose = markdown.split('\n').map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence === undefined) {
      if (opening === undefined) return line;
      fence = opening;
      return '';
    }
    // A fence closes only with the same character, at least as long as the one that opened it.
    if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    return '';
  });
  return prose.join('\n').replace(CODE_SPAN, (span) => span.replace(/[^\n]/g, 'x'));
}

/** `[text](target)`, `![alt](target)`, with an optional title; the target may be written `<…>`. */
const INLINE_LINK = /\[[^\]]*\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** `[label]: target` on a line of its own. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
/** `<https://…>` */
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi;
/** `href="…"` in inline HTML. */
const HREF = /<a\s[^>]*\bhref\s*=\s*["']([^"']*)["']/gi;

/** Every link in the page outside code, in the order written. */
export function linksIn(markdown: string): MarkdownLink[] {
  const prose = withoutCode(markdown);
  const lineAt = (index: number) => prose.slice(0, index).split('\n').length;
  const found: { index: number; target: string }[] = [];
  for (const pattern of [INLINE_LINK, REFERENCE_DEFINITION, AUTOLINK, HREF]) {
    for (const match of prose.matchAll(pattern)) {
      const written = match[1] ?? '';
      const target = written.startsWith('<') ? written.slice(1, -1) : written;
      found.push({ index: match.index, target });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, target }) => ({ target, line: lineAt(index) }));
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const EXPLICIT_ANCHOR = /<a\s[^>]*\b(?:id|name)\s*=\s*["']([^"']+)["']/gi;

/** What a heading's text renders as: link texts, code without its backticks, no HTML tags or emphasis marks. */
function renderedText(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\*+/g, '');
}

/**
 * Every `#anchor` the page answers to on GitHub: each heading's slug (github-slugger, GitHub's own
 * algorithm, numbering repeats `-1`, `-2` in page order) and each explicit `<a id>`/`<a name>`.
 */
export function anchorsIn(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const original = markdown.split('\n');
  withoutCode(markdown)
    .split('\n')
    .forEach((line, index) => {
      if (!ATX_HEADING.test(line)) return;
      // The heading's text is read from the original line: its code spans are part of the slug.
      const text = ATX_HEADING.exec(original[index] ?? '')?.[1] ?? '';
      anchors.add(slugger.slug(renderedText(text)));
    });
  for (const match of withoutCode(markdown).matchAll(EXPLICIT_ANCHOR)) anchors.add(match[1] ?? '');
  return anchors;
}
