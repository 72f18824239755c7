// Which text edits the code actions make, as plain functions over the document text and the
// core's findings (no `vscode` here, so the unit tests can check them exactly).

import { DRAFT_FILE_ENDINGS } from '../core/draft';
import { type FixPlan, planFixes as planCoreFixes } from '../core/fixes';
import type { Finding, RuleId, TextEdit } from '../core/types';

export type { FixPlan };
export { isValidEdit } from '../core/fixes';

/**
 * The first fix of each finding (optionally only those of one rule), in document order,
 * skipping a fix whose edits overlap one already taken — the core's `applyFixes` choice (the
 * same function), as edits instead of text, so the editor can apply them as one undoable step.
 */
export function planFixes(text: string, findings: readonly Finding[], rule?: RuleId): FixPlan {
  return planCoreFixes(text, findings, rule === undefined ? undefined : (f) => f.rule === rule);
}

/** How many findings a fix-all would fix, without caring which. */
export function fixableCount(text: string, findings: readonly Finding[], rule?: RuleId): number {
  return planFixes(text, findings, rule).fixed.length;
}

// -------------------------------------------------------------------------------------------
// "Disable <rule> for this line"

/**
 * `html` is `<!-- postlint-disable-next-line rule -->`, which works in every file; `hash` is the
 * `# postlint-disable-next-line rule` line that post drafts (`DRAFT_FILE_ENDINGS`: .post, .weibo …) also
 * understand and that reads more naturally there (see src/core/inline.ts).
 */
export type CommentStyle = 'html' | 'hash';

export function commentStyleFor(fileName: string): CommentStyle {
  const lower = fileName.toLowerCase();
  return DRAFT_FILE_ENDINGS.some((ending) => lower.endsWith(ending)) ? 'hash' : 'html';
}

/** A disable-next-line directive line; group 1 runs up to the end of its rule list. */
const HTML_DIRECTIVE = /^([ \t]*<!--[ \t]*postlint-disable-next-line\b[^\r\n]*?)[ \t]*-->[ \t]*$/;
const HASH_DIRECTIVE = /^([ \t]*#[ \t]*postlint-disable-next-line\b[^\r\n]*?)[ \t]*$/;

/**
 * The edit that switches `rule` off on the line where `offset` is: a new directive line above
 * it, with the same indentation, or — when the line above already is a disable-next-line
 * directive naming other rules — `rule` added to that directive.
 */
export function disableNextLineEdit(text: string, offset: number, rule: RuleId, style: CommentStyle): TextEdit {
  const lineStart = lineStartAt(text, offset);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];

  if (lineStart > 0) {
    const previousEnd = lineStart - (text[lineStart - 2] === '\r' ? 2 : 1);
    const previousStart = lineStartAt(text, previousEnd);
    const m = HTML_DIRECTIVE.exec(text.slice(previousStart, previousEnd)) ?? HASH_DIRECTIVE.exec(text.slice(previousStart, previousEnd));
    if (m) {
      const head = m[1]!;
      const named = head.slice(head.indexOf('postlint-disable-next-line') + 'postlint-disable-next-line'.length).split(/[\s,]+/).filter(Boolean);
      // A directive without rule ids already disables everything, and one naming `rule` cannot
      // be why it still fires: neither is extended, a fresh line above is the visible answer.
      if (named.length > 0 && !named.includes(rule)) {
        const listEnd = previousStart + head.length;
        return { start: listEnd, end: listEnd, text: ` ${rule}` };
      }
    }
  }

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const comment = style === 'hash' ? `# postlint-disable-next-line ${rule}` : `<!-- postlint-disable-next-line ${rule} -->`;
  return { start: lineStart, end: lineStart, text: `${indent}${comment}${eol}` };
}

function lineStartAt(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, text.length));
  return text.lastIndexOf('\n', clamped - 1) + 1;
}
