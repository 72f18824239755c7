// The preview webview's HTML page: a fixed shell with no draft text in it. The card itself
// arrives later as JSON through postMessage and media/preview.js builds it with textContent, so
// nothing a draft contains can become markup. Kept free of `vscode` so it is unit-tested.

export interface PreviewPageOptions {
  /** `webview.cspSource`: the origin the webview serves the extension's own files from. */
  cspSource: string;
  /** `webview.asWebviewUri` of media/preview.js and media/preview.css. */
  scriptUri: string;
  styleUri: string;
  /** A fresh nonce for this page; see `newNonce`. */
  nonce: string;
  /** `lang` of the page, e.g. `zh-CN`. */
  lang: string;
}

/**
 * 128 random bits, base64: a new one every time the page is rendered. `node:crypto` is loaded
 * when a preview first opens rather than with the extension (it and the stream modules it
 * pulls in are ~6 ms of activation).
 */
export function newNonce(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return randomBytes(16).toString('base64');
}

/**
 * Only the extension's own stylesheet, fonts and images (plus data: images for placeholders),
 * and only the one script carrying this page's nonce. No inline script or style, no remote
 * anything, no frames, forms or plugins (`default-src 'none'` covers them).
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** Escapes a value for a double-quoted HTML attribute. Only our own URIs and nonce go through it. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function previewPage(options: PreviewPageOptions): string {
  const csp = attribute(previewCsp(options.cspSource, options.nonce));
  return `<!DOCTYPE html>
<html lang="${attribute(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribute(options.styleUri)}">
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${attribute(options.nonce)}" src="${attribute(options.scriptUri)}"></script>
</body>
</html>
`;
}
