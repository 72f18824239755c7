// Hovers on flagged phrases: why it matters, the law article or platform rule, alternatives,
// the quick fixes and the ad-density breakdown (hoverText.ts writes the Markdown).

import * as vscode from 'vscode';
import { ruleDocsUrl } from '../core/docs';
import { findingMarkdown } from './hoverText';
import { type DraftLinter, isDraftDocument } from './linting';

export class PostlintHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isDraftDocument(document)) return undefined;
    const result = this.linter.resultFor(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const here = result.findings.filter((f) => touches(f, offset));
    if (here.length === 0) return undefined;

    const markdown = new vscode.MarkdownString(
      here
        .map((finding) => findingMarkdown(finding, vscode.l10n.t, { docsUrl: ruleDocsUrl(finding.rule) }))
        .join('\n\n---\n\n'),
    );
    // The text quotes the draft: no command links, no HTML, whatever the draft contains.
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    markdown.supportThemeIcons = false;

    // Where all of them lie (loops: a spread of many findings into Math.max overflows the stack).
    let start = 0;
    let end = Number.MAX_SAFE_INTEGER;
    for (const f of here) {
      start = Math.max(start, f.start);
      end = Math.min(end, f.end);
    }
    const range = start <= end ? new vscode.Range(document.positionAt(start), document.positionAt(end)) : undefined;
    return new vscode.Hover(markdown, range);
  }
}

/**
 * Whether a hover at `offset` is about this finding: wherever VS Code shows the finding's own
 * problem hover, its end included. Ctrl+K Ctrl+I with the cursor right after a phrase (where it
 * stands after typing it) asks at the phrase's end offset, and VS Code's problem hover counts a
 * range's end as inside; a half-open range left Postlint's explanation out there. (A mouse over
 * the character after the phrase asks at the same offset and gets it too, as TypeScript's hover
 * does after an identifier.)
 */
export function touches(finding: { start: number; end: number }, offset: number): boolean {
  return finding.start <= offset && offset <= finding.end;
}
