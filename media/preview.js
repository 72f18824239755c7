// @ts-check
// The preview's webview script. It draws the card model the extension posts (src/core/card.ts)
// with DOM calls only: every piece of draft text, author or title is set with `textContent` or
// as an attribute value through the DOM, never parsed as HTML. Nothing here navigates: links
// are drawn, not followed. After drawing it reports what is on screen (for the tests).
/* global acquireVsCodeApi, document, window */

(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const SVG_NS = 'http://www.w3.org/2000/svg';

  let cspViolations = 0;
  document.addEventListener('securitypolicyviolation', () => {
    cspViolations++;
  });

  /** The last `card` message, to report against; the reader's expanded state per draft. */
  let current = null;
  /** @type {{ uri?: string, expanded?: boolean }} */
  let saved = vscode.getState() || {};

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'card' && message.card && typeof message.card === 'object') renderCard(message);
    else if (message.type === 'empty') renderEmpty(String(message.message));
  });

  // ------------------------------------------------------------------------------------------
  // Small DOM helpers

  /**
   * @param {string} tag
   * @param {string} [className]
   * @param {unknown} [text] set with textContent
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** Our own icons, as fixed SVG path data (never from the draft). */
  const ICONS = {
    repost: 'M5 8h11l-3-3M19 16H8l3 3',
    comment: 'M4 5h16v11H9l-4 3v-3H4z',
    like: 'M7 11v9H4v-9zM9 20h7.6a2 2 0 0 0 2-1.6l1.3-6.2A2 2 0 0 0 18 10h-4.6l.8-3.7A1.8 1.8 0 0 0 12.4 4L9 11z',
    heart: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
    star: 'M12 4l2.4 5 5.4.6-4 3.7 1.1 5.4L12 16l-4.9 2.7 1.1-5.4-4-3.7 5.4-.6z',
    link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
    image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5a1.5 1.5 0 1 0 0-.01',
  };

  /** @param {keyof typeof ICONS} name */
  function icon(name) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', `icon icon-${name}`);
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  /** @param {unknown} value */
  function int(value) {
    const n = Number(value);
    return Number.isFinite(n) ? Math.trunc(n) : 0;
  }

  const SEVERITY_ORDER = ['info', 'warning', 'error'];
  /** @param {unknown} severity */
  function severityClass(severity) {
    return SEVERITY_ORDER.includes(String(severity)) ? `sev-${severity}` : 'sev-info';
  }

  // ------------------------------------------------------------------------------------------
  // Text

  /**
   * One body or title segment as a node: a <br> for a line break, else a span whose text is set
   * with textContent. Offsets go on data-start/data-end so what is on screen can be measured.
   */
  function segmentNode(segment, marks, platform) {
    const kind = String(segment.kind);
    /** @type {HTMLElement} */
    let node;
    if (kind === 'break') node = el('br', 'seg');
    else {
      node = el('span', `seg k-${kind.replace(/[^a-z]/g, '')}`);
      if (kind === 'link' && platform === 'weibo') {
        node.appendChild(icon('link'));
        node.appendChild(el('span', 'link-label', segment.text));
      } else node.textContent = String(segment.text);
      if (kind === 'emoticon') {
        if (segment.chip) node.classList.add('chip');
        node.title = String(segment.raw ?? segment.text);
      } else if (kind === 'link') node.title = String(segment.raw ?? segment.text);
    }
    node.dataset.start = String(int(segment.start));
    node.dataset.end = String(int(segment.end));
    if (Array.isArray(segment.marks) && segment.marks.length) {
      const over = segment.marks.map((i) => marks[int(i)]).filter(Boolean);
      if (over.length) {
        let worst = 0;
        for (const mark of over) worst = Math.max(worst, SEVERITY_ORDER.indexOf(String(mark.severity)));
        node.classList.add('mark', severityClass(SEVERITY_ORDER[worst]));
        const messages = over.map((mark) => `${mark.message} (${mark.rule})`);
        if (kind === 'emoticon' || kind === 'link') messages.push(String(segment.raw ?? segment.text));
        node.title = messages.join('\n');
      }
    }
    if (segment.folded) node.classList.add('after-fold');
    return node;
  }

  /** @param {HTMLElement} container */
  function appendSegments(container, segments, marks, platform) {
    for (const segment of segments) container.appendChild(segmentNode(segment, marks, platform));
  }

  /**
   * The body, with the fold control where the platform puts it: Weibo's `...全文` inline right
   * after the last visible character, Moments' `全文` on its own line under the text.
   */
  function bodyBlock(card, toggle) {
    const block = el('div', 'card-text');
    const segments = Array.isArray(card.body) ? card.body : [];
    const marks = Array.isArray(card.marks) ? card.marks : [];
    const fold = card.fold && typeof card.fold === 'object' ? card.fold : null;
    const foldAt = fold ? int(fold.segment) : -1;
    const chrome = card.chrome || {};
    segments.forEach((segment, index) => {
      if (index === foldAt && card.platform !== 'moments') {
        const more = el('span', 'fold-more');
        if (chrome.ellipsis) more.appendChild(el('span', 'ellipsis', chrome.ellipsis));
        more.appendChild(toggleButton('expand', chrome.expand, toggle));
        block.appendChild(more);
      }
      block.appendChild(segmentNode(segment, marks, card.platform));
    });
    const wrapper = el('div', 'card-body');
    wrapper.appendChild(block);
    if (fold) {
      if (card.platform === 'moments') wrapper.appendChild(toggleButton('expand block', chrome.expand, toggle));
      wrapper.appendChild(toggleButton('collapse block', chrome.collapse, toggle));
    }
    return wrapper;
  }

  function toggleButton(className, label, toggle) {
    const button = el('button', `toggle ${className}`, label);
    button.type = 'button';
    button.addEventListener('click', toggle);
    return button;
  }

  // ------------------------------------------------------------------------------------------
  // Card parts

  function avatar(author, className) {
    const hue = Math.abs(int(author.hue)) % 360;
    return el('div', `avatar hue-${Math.floor(hue / 30)} ${className || ''}`, author.initial);
  }

  function imagesBlock(card) {
    const images = card.images;
    if (!images || typeof images !== 'object') return null;
    if (card.platform === 'xiaohongshu') {
      const cover = el('div', 'cover');
      cover.appendChild(icon('image'));
      cover.appendChild(el('span', 'indicator', `1/${int(images.count)}`));
      const dots = el('div', 'dots');
      for (let i = 0; i < Math.min(int(images.count), 9); i++) dots.appendChild(el('span', i === 0 ? 'dot on' : 'dot'));
      cover.appendChild(dots);
      return cover;
    }
    const grid = el('div', `grid cols-${int(images.columns)}`);
    const shown = Math.min(int(images.shown), 9);
    for (let i = 0; i < shown; i++) {
      const tile = el('div', 'tile');
      if (i === shown - 1 && int(images.more) > 0) tile.appendChild(el('span', 'more-images', `+${int(images.more)}`));
      else tile.appendChild(icon('image'));
      grid.appendChild(tile);
    }
    return grid;
  }

  function footerItem(iconName, label) {
    const item = el('span', 'action');
    item.appendChild(icon(iconName));
    item.appendChild(el('span', 'action-label', label));
    return item;
  }

  function weiboCard(card, toggle) {
    const article = el('article', 'card weibo');
    const head = el('header', 'card-head');
    head.appendChild(avatar(card.author));
    const who = el('div', 'who');
    who.appendChild(el('div', 'name', card.author.name));
    who.appendChild(el('div', 'meta', card.chrome.time));
    head.appendChild(who);
    article.appendChild(head);
    article.appendChild(bodyBlock(card, toggle));
    const images = imagesBlock(card);
    if (images) article.appendChild(images);
    const foot = el('footer', 'card-foot');
    const [repost, comment, like] = card.chrome.footer || [];
    foot.appendChild(footerItem('repost', repost));
    foot.appendChild(footerItem('comment', comment));
    foot.appendChild(footerItem('like', like));
    article.appendChild(foot);
    return article;
  }

  function momentsCard(card, toggle) {
    const article = el('article', 'card moments');
    article.appendChild(avatar(card.author, 'square'));
    const main = el('div', 'moment-main');
    main.appendChild(el('div', 'name', card.author.name));
    main.appendChild(bodyBlock(card, toggle));
    const images = imagesBlock(card);
    if (images) main.appendChild(images);
    const meta = el('div', 'moment-meta');
    meta.appendChild(el('span', 'time', card.chrome.time));
    meta.appendChild(el('span', 'more-button', card.chrome.more));
    main.appendChild(meta);
    article.appendChild(main);
    return article;
  }

  function xiaohongshuCard(card, toggle) {
    const article = el('article', 'card xiaohongshu');
    const head = el('header', 'card-head');
    head.appendChild(avatar(card.author));
    head.appendChild(el('div', 'name', card.author.name));
    head.appendChild(el('span', 'follow', card.chrome.follow));
    article.appendChild(head);
    article.appendChild(imagesBlock(card) || el('div', 'cover empty'));
    const content = el('div', 'note');
    if (Array.isArray(card.title) && card.title.length) {
      const title = el('h1', 'note-title');
      appendSegments(title, card.title, Array.isArray(card.marks) ? card.marks : [], card.platform);
      content.appendChild(title);
    }
    content.appendChild(bodyBlock(card, toggle));
    content.appendChild(el('div', 'note-date', card.chrome.time));
    article.appendChild(content);
    const foot = el('footer', 'card-foot');
    foot.appendChild(el('span', 'comment-box', card.chrome.commentPlaceholder));
    const [like, collect, comment] = card.chrome.footer || [];
    foot.appendChild(footerItem('heart', like));
    foot.appendChild(footerItem('star', collect));
    foot.appendChild(footerItem('comment', comment));
    article.appendChild(foot);
    return article;
  }

  function notesBlock(card) {
    const notes = Array.isArray(card.notes) ? card.notes : [];
    if (!notes.length) return null;
    const list = el('ul', 'notes');
    for (const note of notes) {
      const item = el('li', `finding-note ${severityClass(note.severity)}`);
      item.appendChild(el('span', 'note-dot'));
      item.appendChild(el('span', 'note-message', note.message));
      item.appendChild(el('span', 'note-rule', note.rule));
      list.appendChild(item);
    }
    return list;
  }

  // ------------------------------------------------------------------------------------------
  // Drawing and reporting

  function renderCard(message) {
    const card = message.card;
    const uri = String(message.uri);
    if (saved.uri !== uri) saved = { uri, expanded: false };
    current = message;

    const platform = ['weibo', 'moments', 'xiaohongshu'].includes(card.platform) ? card.platform : 'weibo';
    const header = el('header', 'panel-head');
    header.appendChild(el('span', `badge ${platform}`, card.summary));
    header.appendChild(el('span', 'file', message.fileName));

    let article;
    const toggle = () => {
      saved = { uri, expanded: !saved.expanded };
      vscode.setState(saved);
      article.classList.toggle('collapsed', !saved.expanded);
      article.classList.toggle('expanded', Boolean(saved.expanded));
      report();
    };
    if (platform === 'moments') article = momentsCard(card, toggle);
    else if (platform === 'xiaohongshu') article = xiaohongshuCard(card, toggle);
    else article = weiboCard(card, toggle);
    if (card.fold) {
      article.classList.add('has-fold');
      article.classList.add(saved.expanded ? 'expanded' : 'collapsed');
    }

    const page = el('section', `page ${platform}`);
    page.appendChild(article);
    const notes = notesBlock(card);
    app.replaceChildren(header, page);
    if (notes) app.appendChild(notes);
    vscode.setState(saved);
    report();
  }

  /** @param {string} text */
  function renderEmpty(text) {
    current = null;
    app.replaceChildren(el('p', 'empty', text));
  }

  /** @param {Element} node */
  function isShown(node) {
    const check = /** @type {any} */ (node).checkVisibility;
    return typeof check === 'function' ? check.call(node) : node.getClientRects().length > 0;
  }

  /** Every element kind this script creates; anything else in #app came from somewhere else. */
  const OWN_TAGS = new Set(['div', 'span', 'br', 'button', 'header', 'footer', 'article', 'section', 'h1', 'ul', 'li', 'p', 'svg', 'path']);

  function countForeign() {
    let foreign = 0;
    for (const node of app.querySelectorAll('*')) if (!OWN_TAGS.has(node.localName)) foreign++;
    return foreign;
  }

  /** Measures the page as drawn and tells the extension: which body text is on screen. */
  function report() {
    if (!current) return;
    const nodes = app.querySelectorAll('.card-text [data-start]');
    let visibleEnd = 0;
    let hiddenStart = null;
    let visibleText = '';
    let visibleSegments = 0;
    for (const node of nodes) {
      const element = /** @type {HTMLElement} */ (node);
      if (isShown(element)) {
        visibleSegments++;
        visibleEnd = Math.max(visibleEnd, int(element.dataset.end));
        visibleText += element.tagName === 'BR' ? '\n' : element.textContent;
      } else if (hiddenStart === null) hiddenStart = int(element.dataset.start);
    }
    const article = app.querySelector('.card');
    vscode.postMessage({
      type: 'rendered',
      state: {
        uri: String(current.uri),
        version: int(current.version),
        platform: String(current.card.platform),
        hasFold: Boolean(article && article.classList.contains('has-fold')),
        expanded: Boolean(article && article.classList.contains('expanded')),
        visibleEnd,
        hiddenStart,
        visibleText,
        segments: nodes.length,
        visibleSegments,
        marks: app.querySelectorAll('.mark[title]').length,
        images: document.querySelectorAll('img').length,
        scripts: app.querySelectorAll('script').length,
        foreignElements: countForeign(),
        cspViolations,
      },
    });
  }

  vscode.postMessage({ type: 'ready' });
})();
