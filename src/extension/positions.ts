// Offsets → positions for text that has no TextDocument (a file that is not open).

import * as vscode from 'vscode';

/** offset (UTF-16) → Position for a text that has no TextDocument (a file not open). */
export function positionFinder(text: string): (offset: number) => vscode.Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) lineStarts.push(i + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return new vscode.Position(low, clamped - lineStarts[low]!);
  };
}
