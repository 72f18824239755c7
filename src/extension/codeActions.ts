// Quick fixes and fix-all. Every action is a WorkspaceEdit (one undo step), built from the
// cached lint result of the document version the editor asks about; the choice of edits is in
// fixEdits.ts. "Allow this word" is a command because it edits another file (.postlintrc.json).

import * as vscode from 'vscode';
import { ALL_RULES } from '../core/rules';
import type { Finding, RuleId, TextEdit } from '../core/types';
import { commentStyleFor, disableNextLineEdit, planFixes } from './fixEdits';
import { type DraftLinter, isDraftDocument } from './linting';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** `editor.codeActionsOnSave: { "source.fixAll.postlint": "explicit" }` runs it on save. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('postlint');

export const ALLOW_WORD_COMMAND = 'postlint.allowWord';

/**
 * Rules that flag a phrase from a word list, where allowing that phrase is the user's answer
 * ("our brand is called 第一坊"): those that take words (`Rule.acceptsWords`). Not `deny`: those
 * words are the team's own list.
 */
const PHRASE_RULES: ReadonlySet<RuleId> = new Set(ALL_RULES.filter((rule) => rule.acceptsWords).map((rule) => rule.id));

/** The phrase "allow this word" would add, or undefined when the finding is not about a phrase. */
export function allowablePhrase(document: vscode.TextDocument, finding: Finding): string | undefined {
  if (!PHRASE_RULES.has(finding.rule)) return undefined;
  const word = (typeof finding.data?.word === 'string' ? finding.data.word : document.getText(rangeOf(document, finding))).trim();
  return word.length > 0 && word.length <= 40 && !/[\r\n]/.test(word) ? word : undefined;
}

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function workspaceEditOf(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e), e.text);
  return edit;
}

export class PostlintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DraftLinter) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isDraftDocument(document)) return [];
    const result = this.linter.resultFor(document);
    if (!result) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];

    // Source actions (on save, "Source Action…") only when asked for: the light bulb skips them.
    if (context.only?.contains(FIX_ALL_KIND)) {
      const plan = planFixes(text, result.findings);
      if (plan.edits.length > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable Postlint problems'), FIX_ALL_KIND);
        action.edit = workspaceEditOf(document, plan.edits);
        actions.push(action);
      }
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return actions;

    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    // The findings whose problems VS Code hands over for this range (context.diagnostics): those
    // the range intersects, ends included — a cursor touching a phrase at either end, and a
    // selection that ends where a phrase starts or starts where one ends.
    const here = result.findings.filter((f) => f.start <= to && from <= f.end);
    if (here.length === 0) return actions;

    const rulesOffered = new Set<RuleId>();
    for (const finding of here) {
      const diagnostics = matchingDiagnostics(document, context, finding);
      finding.fixes.forEach((fix, index) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEditOf(document, fix.edits);
        action.diagnostics = diagnostics;
        action.isPreferred = index === 0;
        actions.push(action);
      });

      if (!rulesOffered.has(finding.rule)) {
        rulesOffered.add(finding.rule);
        const plan = planFixes(text, result.findings, finding.rule);
        if (plan.fixed.length > 1) {
          const action = new vscode.CodeAction(
            vscode.l10n.t('Fix all {0} problems ({1})', finding.rule, plan.fixed.length),
            vscode.CodeActionKind.QuickFix,
          );
          action.edit = workspaceEditOf(document, plan.edits);
          action.diagnostics = diagnostics;
          actions.push(action);
        }
      }

      const phrase = allowablePhrase(document, finding);
      if (phrase) {
        const action = new vscode.CodeAction(vscode.l10n.t('Allow “{0}” in this workspace', phrase), vscode.CodeActionKind.QuickFix);
        action.command = {
          command: ALLOW_WORD_COMMAND,
          title: action.title,
          arguments: [document.uri, phrase],
        };
        action.diagnostics = diagnostics;
        actions.push(action);
      }

      const disable = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', finding.rule), vscode.CodeActionKind.QuickFix);
      disable.edit = workspaceEditOf(document, [disableNextLineEdit(text, finding.start, finding.rule, commentStyleFor(document.fileName))]);
      disable.diagnostics = diagnostics;
      actions.push(disable);
    }

    const all = planFixes(text, result.findings);
    if (all.fixed.length > 1 && new Set(all.fixed.map((f) => f.rule)).size > 1) {
      const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable Postlint problems ({0})', all.fixed.length), vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEditOf(document, all.edits);
      actions.push(action);
    }
    return actions;
  }
}

/** The editor's diagnostics for this finding, so the action is tied to its squiggle. */
function matchingDiagnostics(document: vscode.TextDocument, context: vscode.CodeActionContext, finding: Finding): vscode.Diagnostic[] {
  const range = rangeOf(document, finding);
  return context.diagnostics.filter((d) => {
    if (d.source !== DIAGNOSTIC_SOURCE || !d.range.isEqual(range)) return false;
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return code === finding.rule;
  });
}
