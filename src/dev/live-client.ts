// The script `baotinh dev` adds to every page it serves (never to a built site). It listens to the
// server's events: a rebuilt page reloads, a changed stylesheet is swapped in place (the page keeps
// its state), a failed build shows its messages over the last good page until a build succeeds, and
// the article just saved can be opened from a notice. No framework; styles live in a shadow root so
// the site's CSS and the notices never touch each other.
export const LIVE_CLIENT = String.raw`(() => {
  'use strict';
  if (window.__baotinhLive) return;
  window.__baotinhLive = true;
  const norm = (u) => { try { u = decodeURI(u); } catch (e) {} return u.replace(/index\.html$/, ''); };
  const here = () => norm(location.pathname);
  const host = document.createElement('baotinh-live');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' +
    '.panel{position:fixed;z-index:2147483647;left:0;right:0;top:0;max-height:80vh;overflow:auto;background:#fff8f6;color:#3b0d06;border-bottom:4px solid #b3261e;font:15px/1.5 system-ui,sans-serif;padding:16px 20px;box-shadow:0 4px 16px rgba(0,0,0,.3)}' +
    '.panel h2{margin:0 0 8px;font-size:18px}.panel p{margin:0 0 8px}' +
    '.panel pre{white-space:pre-wrap;background:#fff;border:1px solid #e6b8b2;padding:10px;font:13px/1.45 ui-monospace,monospace;color:#1d1b1a;margin:0 0 10px}' +
    '.toast{position:fixed;z-index:2147483647;right:16px;bottom:16px;background:#0b3d91;color:#fff;font:15px/1.4 system-ui,sans-serif;padding:12px 16px;border-radius:6px;max-width:28rem;box-shadow:0 4px 16px rgba(0,0,0,.3)}' +
    '.toast a{color:#fff;font-weight:600}button{font:inherit;margin-left:12px;cursor:pointer}' +
    '</style><div class="panel" role="alert" hidden></div><div class="toast" role="status" hidden></div>';
  const panel = root.querySelector('.panel');
  const toast = root.querySelector('.toast');
  const mount = () => { if (!host.isConnected) document.documentElement.appendChild(host); };
  const text = (tag, value) => { const el = document.createElement(tag); el.textContent = value; return el; };
  function showErrors(data) {
    panel.replaceChildren(text('h2', data.title), text('p', data.note));
    for (const d of data.diagnostics) panel.appendChild(text('pre', d));
    const close = text('button', data.close);
    close.addEventListener('click', () => { panel.hidden = true; });
    panel.appendChild(close);
    panel.hidden = false;
    mount();
  }
  function showSaved(data) {
    const others = data.edited.filter((a) => norm(a.url) !== here());
    if (!others.length) return;
    toast.replaceChildren(document.createTextNode(data.savedLabel + ': '));
    others.forEach((a, i) => {
      if (i) toast.appendChild(document.createTextNode(', '));
      const link = text('a', a.title || a.url);
      link.href = a.url;
      toast.appendChild(link);
    });
    const close = text('button', data.close);
    close.addEventListener('click', () => { toast.hidden = true; });
    toast.appendChild(close);
    toast.hidden = false;
    mount();
  }
  function swapStyles(urls) {
    const wanted = new Set(urls.map(norm));
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !wanted.has(norm(url.pathname))) continue;
      url.searchParams.set('baotinh-live', String(Date.now()));
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener('load', () => link.remove(), { once: true });
      link.after(fresh);
    }
  }
  // An article dated after now is shown only in the preview: say so while its time is ahead.
  const showDue = () => {
    for (const badge of document.querySelectorAll('.preview-badge--scheduled[data-due]')) {
      if (Number(badge.getAttribute('data-due')) > Date.now()) badge.hidden = false;
    }
  };
  showDue();
  // A rebuilt page is brought up to date in place, as Eleventy's dev server does: only the nodes that
  // differ change, so the editor keeps the place they were reading, and the browser shows the change
  // without loading, styling and running a whole new page (half of a save's wait on a slow machine).
  // Another set of stylesheets or scripts, or anything unexpected, and the page reloads.
  const assets = (doc) => [...doc.querySelectorAll('link[rel~="stylesheet"], script[src]')].map((e) => e.getAttribute('href') || e.getAttribute('src')).join('\n');
  function syncAttributes(from, to) {
    for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
    for (const { name, value } of [...to.attributes]) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
  function morph(from, to) {
    if (from.nodeType === 1) syncAttributes(from, to);
    const have = from.childNodes;
    const want = to.childNodes;
    for (let i = 0; i < want.length; i++) {
      const a = have[i];
      const b = want[i];
      if (!a) from.appendChild(document.importNode(b, true));
      else if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName || a === host) from.replaceChild(document.importNode(b, true), a);
      else if (a.nodeType === 1) morph(a, b);
      else if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
    }
    while (have.length > want.length) from.removeChild(from.lastChild);
  }
  async function update() {
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (assets(fresh) !== assets(document)) throw new Error('assets');
      document.title = fresh.title;
      morph(document.head, fresh.head);
      morph(document.body, fresh.body);
      showDue();
      document.dispatchEvent(new CustomEvent('baotinh:updated'));
    } catch (error) {
      location.reload();
    }
  }
  const events = new EventSource('/__baotinh/events');
  events.addEventListener('built', (e) => {
    const data = JSON.parse(e.data);
    panel.hidden = true;
    if (data.pages.map(norm).includes(here())) { update(); return; }
    if (data.css.length) swapStyles(data.css);
    showSaved(data);
  });
  events.addEventListener('failed', (e) => showErrors(JSON.parse(e.data)));
  events.addEventListener('ok', () => { panel.hidden = true; });
})();
`;
