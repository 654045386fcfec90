// baotinh: the live parts of a static page. No framework, no third-party script; every part is
// optional and the page is complete without it: a failed or slow service keeps what the HTML shows.
(function () {
  'use strict';
  var doc = document;
  var SIZE_KEY = 'baotinh-co-chu';

  function readConfig() {
    var el = doc.getElementById('baotinh-live');
    if (!el) return {};
    try { return JSON.parse(el.textContent || '{}'); } catch (e) { return {}; }
  }

  // 2238 → "2.238", the way Vietnamese readers group thousands.
  function formatVi(n) {
    return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  // "1 234", "1.234", "1,234" (GoatCounter formats its counts) → 1234.
  function toNumber(value) {
    if (typeof value === 'number') return value;
    var digits = String(value).replace(/[^\d]/g, '');
    return digits ? Number(digits) : NaN;
  }

  function pick(data, path) {
    return String(path).split('.').reduce(function (v, key) { return v == null ? undefined : v[key]; }, data);
  }

  function fetchJson(url, timeout) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) controller.abort(); }, timeout || 2000);
    return fetch(url, { signal: controller ? controller.signal : undefined, credentials: 'omit', mode: 'cors' })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .finally(function () { clearTimeout(timer); });
  }

  function beacon(url) {
    // An image request records the view without CORS and without blocking anything.
    var img = new Image();
    img.referrerPolicy = 'no-referrer-when-downgrade';
    img.src = url;
  }

  function fill(template, path) {
    return template.replace('{path}', encodeURIComponent(path));
  }

  function liveViews(counter) {
    var el = doc.querySelector('.view-count[data-path]');
    if (!el || !counter) return;
    var path = el.getAttribute('data-path');
    var baseline = Number(el.getAttribute('data-baseline') || 0);
    var request;
    if (counter.type === 'goatcounter') {
      beacon(counter.url + '/count?p=' + encodeURIComponent(path) + '&t=' + encodeURIComponent(doc.title));
      request = fetchJson(counter.url + '/counter/' + encodeURIComponent(path) + '.json', counter.timeout).then(function (d) { return toNumber(d.count); });
    } else {
      if (counter.record) beacon(fill(counter.record, path));
      request = fetchJson(fill(counter.url, path), counter.timeout).then(function (d) { return toNumber(pick(d, counter.field)); });
    }
    request.then(function (live) {
      if (!isFinite(live)) throw new Error('no count');
      el.textContent = formatVi(baseline + live);
      el.setAttribute('data-live', 'loaded');
      var box = el.closest('.article__views');
      if (box) box.hidden = false;
    }).catch(function () {
      el.setAttribute('data-live', 'failed');
    });
  }

  function visitorStats(stats) {
    var box = doc.querySelector('.visitor-stats');
    if (!box || !stats) return;
    fetchJson(stats.url, stats.timeout).then(function (d) {
      var ok = true;
      box.querySelectorAll('[data-stat]').forEach(function (span) {
        var n = toNumber(d[span.getAttribute('data-stat')]);
        if (isFinite(n)) span.textContent = formatVi(n); else ok = false;
      });
      if (ok) box.hidden = false;
    }).catch(function () { /* the widget stays hidden: no number is better than a wrong one */ });
  }

  function textSize() {
    var step = Number(localStorage.getItem(SIZE_KEY) || 0);
    function apply() { doc.documentElement.style.fontSize = step ? (100 + step * 10) + '%' : ''; }
    apply();
    doc.querySelectorAll('[data-tool="smaller"], [data-tool="larger"]').forEach(function (button) {
      button.addEventListener('click', function () {
        step = Math.max(-2, Math.min(5, step + (button.getAttribute('data-tool') === 'larger' ? 1 : -1)));
        try { localStorage.setItem(SIZE_KEY, String(step)); } catch (e) { /* private mode: size for this page only */ }
        apply();
      });
    });
  }

  function readerTools(strings) {
    var tools = doc.querySelector('.reader-tools');
    if (!tools) return;
    var status = tools.querySelector('.reader-tools__status');
    var url = tools.getAttribute('data-url') || location.href;
    function say(text) { if (status) status.textContent = text; }
    function copy() {
      var done = function () { say(strings.copied); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(url).then(done, function () { say(url); });
      else say(url);
    }
    tools.querySelectorAll('[hidden]').forEach(function (el) { el.hidden = false; });
    tools.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-tool]');
      if (!button) return;
      var tool = button.getAttribute('data-tool');
      if (tool === 'print') window.print();
      else if (tool === 'copy') copy();
      else if (tool === 'zalo') {
        // Zalo has no share address without its SDK; the system share sheet offers it on phones.
        if (navigator.share) navigator.share({ title: doc.title, url: url }).catch(function () {});
        else { copy(); say(strings.copiedForZalo); }
      }
    });
  }

  function feedback(strings) {
    // Field name → its error text, from the site's UI strings (configurable, Vietnamese by default).
    var MESSAGES = strings.fieldErrors || {};
    doc.querySelectorAll('form.feedback').forEach(function (form) {
      form.noValidate = true;
      var status = form.querySelector('.feedback__status');
      function say(text) { if (status) status.textContent = text; }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var firstInvalid = null;
        Object.keys(MESSAGES).forEach(function (name) {
          var field = form.elements[name];
          if (!field) return;
          var error = doc.getElementById(field.getAttribute('aria-describedby'));
          var value = field.value.trim();
          var bad = !value || (field.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
          field.setAttribute('aria-invalid', bad ? 'true' : 'false');
          if (error) error.textContent = bad ? MESSAGES[name] : '';
          if (bad && !firstInvalid) firstInvalid = field;
        });
        if (firstInvalid) { firstInvalid.focus(); say(''); return; }
        var trap = form.elements.website;
        if (trap && trap.value) { form.reset(); say(strings.thanks); return; } // a bot: send nothing
        var button = form.querySelector('button[type="submit"]');
        if (button) button.disabled = true;
        say(strings.sending);
        fetch(form.action, { method: 'POST', body: new FormData(form), mode: 'cors', credentials: 'omit' })
          .then(function (r) {
            if (!r.ok) throw new Error(String(r.status));
            form.reset();
            say(strings.thanks);
          })
          .catch(function () { say(strings.failed); })
          .finally(function () { if (button) button.disabled = false; });
      });
    });
  }

  // Site search: its script is loaded only when a reader goes to the search box (or on the search
  // page, which loads it itself). A failed load leaves the form, which still goes to the search page.
  function searchBox(search) {
    if (!search || !search.script) return;
    var loading = false;
    doc.addEventListener('focusin', function (event) {
      var box = event.target;
      if (loading || !box || !box.hasAttribute || !box.hasAttribute('data-search-box')) return;
      loading = true;
      // Its modules are asked for at once, not one after another as each one's imports are read.
      (search.modules || []).forEach(function (href) {
        var link = doc.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        doc.head.appendChild(link);
      });
      import(search.script).catch(function () { loading = false; });
    });
  }

  var config = readConfig();
  var strings = config.strings || {};
  searchBox(config.search);
  textSize();
  readerTools(strings);
  feedback(strings);
  liveViews(config.counter);
  visitorStats(config.stats);
})();
