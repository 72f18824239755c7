// Hovers on flagged phrases: why it matters, the law article or platform rule, alternatives,
// the quick fixes and the ad-density breakdown (hoverText.ts writes the Markdown).

import * as vscode from 'vscode';
import { ruleDocsUri } from './diagnostics';
import { findingMarkdown } from './hoverText';
import { type DraftLinter, isDraftDocument } from './linting';

export class PostlintHover implements vscode.HoverProvider {
  constructor(
    private readonly linter: DraftLinter,
    private readonly repositoryUrl: string,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isDraftDocument(document)) return undefined;
    const result = this.linter.resultFor(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const here = result.findings.filter((f) => (f.start === f.end ? offset === f.start : f.start <= offset && offset < f.end));
    if (here.length === 0) return undefined;

    const markdown = new vscode.MarkdownString(
      here
        .map((finding) => findingMarkdown(finding, vscode.l10n.t, { docsUrl: ruleDocsUri(this.repositoryUrl, finding.rule).toString() }))
        .join('\n\n---\n\n'),
    );
    // The text quotes the draft: no command links, no HTML, whatever the draft contains.
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    markdown.supportThemeIcons = false;

    const start = Math.max(...here.map((f) => f.start));
    const end = Math.min(...here.map((f) => f.end));
    const range = start <= end ? new vscode.Range(document.positionAt(start), document.positionAt(end)) : undefined;
    return new vscode.Hover(markdown, range);
  }
}
