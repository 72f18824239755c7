/**
 * Offsets → line and column, for the CLI's formatters (stylish, JSON, SARIF, GitHub) and any
 * shell that has no editor to ask. A line ends at `\n`, `\r\n` or a lone `\r`, as in VS Code
 * and SARIF. Columns count UTF-16 code units, like VS Code, ESLint and SARIF's default
 * `columnKind` "utf16CodeUnits": a Chinese character is one column, an emoji outside the BMP two.
 */
export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export class LineIndex {
  /** Offset where each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * The line and column of an offset, found by binary search on the line starts (a big file is
   * indexed once, then each lookup is O(log lines)). Offsets outside the text are clamped; an
   * offset between the `\r` and `\n` of a CRLF stays on the line the pair ends.
   */
  locate(offset: number): LineColumn {
    const at = Math.max(0, Math.min(Math.trunc(offset), this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.lineStarts[lo]! + 1 };
  }

  /** The offset of a 1-based line and column (the inverse of `locate`, clamped to the line). */
  offsetAt(position: LineColumn): number {
    const line = Math.max(1, Math.min(position.line, this.lineStarts.length));
    const start = this.lineStarts[line - 1]!;
    const next = line < this.lineStarts.length ? this.lineStarts[line]! : this.text.length;
    return Math.max(start, Math.min(start + position.column - 1, next));
  }
}
