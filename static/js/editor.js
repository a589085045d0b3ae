/*
 * Simpul ASN — writing aids for post/answer/comment forms.
 *
 * Progressive enhancement only: every form works without this file. No inline
 * scripts or styles are needed (CSP: script-src/style-src 'self'); elements are
 * shown/hidden with the `hidden` attribute and styled through classes in
 * static/css/site.css ("Penyunting" section). Exposes no globals. Each feature
 * activates only when its markup is present:
 *
 * 1. Live preview
 *      <textarea name="body" data-preview-url="/posts/preview"
 *                data-preview-target="pratinjau-isi">…</textarea>
 *      <div id="pratinjau-isi" hidden></div>
 *    Adds "Tulis" / "Pratinjau" toggle buttons just above the textarea (and
 *    "Berdampingan" on wide screens: the preview beside the text, refreshed as
 *    it is typed; the choice is remembered). The textarea and pane are moved
 *    into a <div class="editor-split">. On
 *    "Pratinjau" POSTs body=<value> (form-urlencoded, header X-CSRFToken from
 *    <meta name="csrf-token">, Accept: application/json) and expects
 *    {"html": "…"} (sanitised by the server) or {"error": {"message": "…"}}.
 *
 * 2. Drafts kept in the browser
 *      <form method="post" data-draft-key="kiriman-baru"> … </form>
 *    Named text inputs, textareas and selects (not csrf_token, password or
 *    hidden) are saved to localStorage["simpul-draft:" + KEY], debounced.
 *    A newer draft is offered back through a notice at the top of the form.
 *
 * 3. Tag suggestions
 *      <input name="tags" data-tag-suggest="/tags/suggest.json">
 *    Comma-separated tags; the last token (2+ characters) is looked up with
 *    GET URL?q=<token> -> {"tags": [{"name": "…", "count": 12}, …]} and shown
 *    in an ARIA combobox/listbox.
 *
 * 4. Character counter
 *      <textarea maxlength="32000" data-counter></textarea>
 *      <input maxlength="200" data-counter>
 *    Shows "123/32.000" below the field.
 */
(function () {
  'use strict';

  var TEXT = {
    tabsLabel: 'Mode penyunting',
    tabWrite: 'Tulis',
    tabPreview: 'Pratinjau',
    tabSide: 'Berdampingan',
    previewRegion: 'Pratinjau isi',
    previewLoading: 'Memuat pratinjau…',
    previewReady: 'Pratinjau ditampilkan.',
    previewEmpty: 'Belum ada isi untuk dipratinjau.',
    previewNetworkError: 'Pratinjau tidak dapat dimuat. Periksa sambungan internet Anda lalu coba lagi.',
    previewServerError: 'Pratinjau tidak dapat dimuat saat ini (kode {code}). Silakan coba lagi nanti.',
    previewSessionError: 'Sesi Anda mungkin telah berakhir. Simpan isian Anda di tempat lain, muat ulang halaman, lalu masuk kembali.',
    draftFound: 'Ada draf yang belum terkirim dari {time}.',
    draftRestore: 'Pulihkan draf',
    draftDiscard: 'Buang draf',
    draftRestored: 'Draf dipulihkan.',
    draftDiscarded: 'Draf dibuang.',
    tagListLabel: 'Saran tag',
    tagCount: '{count} kiriman',
    tagResultsOne: '1 saran tag tersedia. Gunakan panah atas dan bawah untuk memilih, Enter untuk memakai.',
    tagResultsMany: '{count} saran tag tersedia. Gunakan panah atas dan bawah untuk memilih, Enter untuk memakai.',
    tagPicked: 'Tag {name} ditambahkan.',
    counterScreenReader: '{count} dari {max} karakter',
    counterNearLimit: 'Sisa {left} karakter dari {max}.'
  };

  var DRAFT_PREFIX = 'simpul-draft:';
  var DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
  var DRAFT_DEBOUNCE_MS = 500;
  var TAG_DEBOUNCE_MS = 250;
  var TAG_MIN_CHARS = 2;
  var SIDE_BY_SIDE_QUERY = '(min-width: 992px)';
  var SIDE_BY_SIDE_KEY = 'simpul-editor:berdampingan';
  var SIDE_BY_SIDE_DEBOUNCE_MS = 700;

  var uid = 0;

  /* ---- Helpers --------------------------------------------------------- */

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  // Indonesian thousands separator, independent of the browser's ICU data.
  function formatNumber(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  function nextId(prefix) {
    uid += 1;
    return prefix + '-' + uid;
  }

  function ensureId(el, prefix) {
    if (!el.id) {
      el.id = nextId(prefix);
    }
    return el.id;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function debounce(fn, wait) {
    var timer = null;
    function debounced() {
      var args = arguments;
      var self = this;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        timer = null;
        fn.apply(self, args);
      }, wait);
    }
    debounced.cancel = function () {
      window.clearTimeout(timer);
      timer = null;
    };
    return debounced;
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') || '' : '';
  }

  function addDescribedBy(field, id) {
    var current = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (current.indexOf(id) === -1) {
      current.push(id);
      field.setAttribute('aria-describedby', current.join(' '));
    }
  }

  function isJsonResponse(response) {
    var type = response.headers.get('Content-Type') || '';
    return type.indexOf('json') !== -1;
  }

  function fireValueEvents(field) {
    // Synthetic (isTrusted === false) events: counters and the draft saver
    // follow them; the tag suggester deliberately ignores them.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /* ---- 1. Live preview ------------------------------------------------- */

  function initPreview(textarea) {
    var url = textarea.getAttribute('data-preview-url');
    var pane = document.getElementById(textarea.getAttribute('data-preview-target') || '');
    if (!url || !pane || textarea.hasAttribute('data-preview-ready')) {
      return;
    }
    textarea.setAttribute('data-preview-ready', '');
    ensureId(textarea, 'penyunting');

    pane.classList.add('preview-pane', 'prose');
    pane.setAttribute('role', 'region');
    pane.setAttribute('aria-label', TEXT.previewRegion);
    pane.hidden = true;

    var tabs = el('div', 'editor-tabs');
    tabs.setAttribute('role', 'group');
    tabs.setAttribute('aria-label', TEXT.tabsLabel);

    var writeButton = el('button', 'editor-tab', TEXT.tabWrite);
    writeButton.type = 'button';
    writeButton.setAttribute('aria-controls', textarea.id);
    var previewButton = el('button', 'editor-tab', TEXT.tabPreview);
    previewButton.type = 'button';
    previewButton.setAttribute('aria-controls', pane.id);

    var status = el('p', 'editor-status');
    status.id = nextId('status-pratinjau');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');

    // On wide screens the preview can sit beside the text and follow it as it is typed.
    var sideButton = el('button', 'editor-tab editor-tab-side', TEXT.tabSide);
    sideButton.type = 'button';
    sideButton.setAttribute('aria-controls', textarea.id + ' ' + pane.id);
    var wide = typeof window.matchMedia === 'function' ? window.matchMedia(SIDE_BY_SIDE_QUERY) : null;
    sideButton.hidden = !(wide && wide.matches);
    var split = el('div', 'editor-split');
    textarea.parentNode.insertBefore(split, textarea);
    split.appendChild(textarea);
    split.appendChild(pane);
    var side = false;

    tabs.appendChild(writeButton);
    tabs.appendChild(previewButton);
    tabs.appendChild(sideButton);
    tabs.appendChild(status);
    split.parentNode.insertBefore(tabs, split);

    var requestSeq = 0;
    var controller = null;

    function setStatus(message, kind) {
      status.textContent = message || '';
      status.classList.toggle('is-error', kind === 'error');
      status.classList.toggle('visually-hidden', kind === 'quiet');
    }

    function showMessageInPane(message, isError) {
      pane.textContent = '';
      var p = el('p', isError ? 'preview-message is-error' : 'preview-message', message);
      pane.appendChild(p);
    }

    function setMode(preview, besides) {
      side = !!besides && !preview;
      writeButton.setAttribute('aria-pressed', preview || side ? 'false' : 'true');
      previewButton.setAttribute('aria-pressed', preview ? 'true' : 'false');
      sideButton.setAttribute('aria-pressed', side ? 'true' : 'false');
      tabs.classList.toggle('is-preview', preview);
      split.classList.toggle('is-side-by-side', side);
      try {
        window.localStorage.setItem(SIDE_BY_SIDE_KEY, side ? '1' : '0');
      } catch (e) {
        /* storage blocked: the choice is not remembered */
      }
      if (side) {
        textarea.hidden = false;
        pane.hidden = false;
        pane.style.minHeight = '';
      } else if (preview) {
        // Match the writing area's height so the page does not jump (CSSOM
        // changes are allowed by the CSP; only style="" markup is not).
        var height = textarea.offsetHeight;
        if (height > 0) {
          pane.style.minHeight = height + 'px';
        }
        textarea.hidden = true;
        pane.hidden = false;
      } else {
        requestSeq += 1; // ignore any answer still on its way
        if (controller) {
          controller.abort();
          controller = null;
        }
        pane.hidden = true;
        pane.removeAttribute('aria-busy');
        textarea.hidden = false;
        setStatus('');
      }
    }

    function loadPreview() {
      var body = textarea.value;
      requestSeq += 1;
      var seq = requestSeq;
      if (controller) {
        controller.abort();
      }
      if (!body.trim()) {
        showMessageInPane(TEXT.previewEmpty, false);
        setStatus(TEXT.previewEmpty, 'quiet');
        return;
      }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      pane.setAttribute('aria-busy', 'true');
      pane.classList.add('is-loading');
      setStatus(TEXT.previewLoading);

      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
          'Accept': 'application/json',
          'X-CSRFToken': csrfToken(),
          'X-Requested-With': 'fetch'
        },
        body: new URLSearchParams({ body: body }).toString(),
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        if (!isJsonResponse(response)) {
          // e.g. redirected to the sign-in page, or an HTML error page.
          var err = new Error('not-json');
          err.status = response.status;
          err.redirected = response.redirected;
          throw err;
        }
        return response.json().then(function (data) {
          return { ok: response.ok, status: response.status, data: data || {} };
        });
      }).then(function (result) {
        if (seq !== requestSeq) {
          return;
        }
        var data = result.data;
        if (result.ok && typeof data.html === 'string') {
          // Sanitised server-side (bleach) before it is sent.
          pane.innerHTML = data.html;
          if (!data.html.trim()) {
            showMessageInPane(TEXT.previewEmpty, false);
          }
          setStatus(TEXT.previewReady, 'quiet');
        } else {
          var message = data.error && typeof data.error.message === 'string' && data.error.message
            ? data.error.message
            : format(TEXT.previewServerError, { code: result.status });
          showMessageInPane(message, true); // textContent: never parsed as HTML
          setStatus(message, 'error');
        }
      }).catch(function (error) {
        if (seq !== requestSeq || (error && error.name === 'AbortError')) {
          return;
        }
        var message;
        if (error && error.message === 'not-json') {
          message = error.redirected || error.status === 401
            ? TEXT.previewSessionError
            : format(TEXT.previewServerError, { code: error.status });
        } else {
          message = TEXT.previewNetworkError;
        }
        showMessageInPane(message, true);
        setStatus(message, 'error');
      }).then(function () {
        if (seq === requestSeq) {
          pane.removeAttribute('aria-busy');
          pane.classList.remove('is-loading');
          controller = null;
        }
      });
    }

    writeButton.addEventListener('click', function () {
      if (textarea.hidden || side) {
        setMode(false);
      }
    });
    previewButton.addEventListener('click', function () {
      setMode(true);
      loadPreview();
    });
    sideButton.addEventListener('click', function () {
      setMode(false, true);
      loadPreview();
    });
    var followTyping = debounce(function () {
      if (side) {
        loadPreview();
      }
    }, SIDE_BY_SIDE_DEBOUNCE_MS);
    textarea.addEventListener('input', followTyping);
    if (wide && typeof wide.addEventListener === 'function') {
      wide.addEventListener('change', function () {
        sideButton.hidden = !wide.matches;
        if (!wide.matches && side) {
          setMode(false);
        }
      });
    }
    // A hidden, invalid field cannot be focused by the browser's validation:
    // switch back to writing so the message can be shown.
    textarea.addEventListener('invalid', function () {
      if (textarea.hidden) {
        setMode(false);
      }
    });

    var remembered = null;
    try {
      remembered = window.localStorage.getItem(SIDE_BY_SIDE_KEY);
    } catch (e) {
      remembered = null;
    }
    if (remembered === '1' && wide && wide.matches) {
      setMode(false, true);
      loadPreview();
    } else {
      setMode(false);
    }
  }

  /* ---- 2. Drafts in localStorage ----------------------------------------- */

  function storageGet(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch (e) {
      return false; // private mode, quota exceeded, storage disabled
    }
  }

  function storageRemove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      /* ignore */
    }
  }

  function purgeExpiredDrafts() {
    var expired = [];
    try {
      var storage = window.localStorage;
      for (var i = 0; i < storage.length; i += 1) {
        var key = storage.key(i);
        if (key && key.indexOf(DRAFT_PREFIX) === 0 && !readDraft(key)) {
          expired.push(key);
        }
      }
    } catch (e) {
      return;
    }
    expired.forEach(storageRemove);
  }

  // Returns {savedAt, fields} or null (missing, unreadable or too old).
  function readDraft(key) {
    var raw = storageGet(key);
    if (!raw) {
      return null;
    }
    try {
      var draft = JSON.parse(raw);
      if (!draft || typeof draft.savedAt !== 'number' || !draft.fields || typeof draft.fields !== 'object') {
        return null;
      }
      if (Date.now() - draft.savedAt > DRAFT_MAX_AGE_MS) {
        return null;
      }
      return draft;
    } catch (e) {
      return null;
    }
  }

  function draftFields(form) {
    var selector = 'input[type="text"][name], input:not([type])[name], textarea[name], select[name]';
    return Array.prototype.filter.call(form.querySelectorAll(selector), function (field) {
      var type = (field.getAttribute('type') || '').toLowerCase();
      return field.name !== 'csrf_token' && type !== 'password' && type !== 'hidden' &&
        (field.form === form || !field.form);
    });
  }

  function fieldValue(field) {
    if (field instanceof HTMLSelectElement && field.multiple) {
      return Array.prototype.filter.call(field.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; });
    }
    return field.value;
  }

  // {name: [value of 1st field with that name, value of 2nd, …]}
  function collectValues(fields) {
    var values = {};
    fields.forEach(function (field) {
      (values[field.name] = values[field.name] || []).push(fieldValue(field));
    });
    return values;
  }

  function isBlank(values) {
    return Object.keys(values).every(function (name) {
      return values[name].every(function (v) {
        return Array.isArray(v) ? v.length === 0 : !String(v).trim();
      });
    });
  }

  function sameValues(saved, current) {
    return Object.keys(saved).every(function (name) {
      var a = saved[name];
      var b = current[name];
      if (!Array.isArray(a) || !b) {
        return true; // a field that no longer exists cannot be restored anyway
      }
      return a.every(function (value, i) {
        return i >= b.length || JSON.stringify(value) === JSON.stringify(b[i]);
      });
    });
  }

  function applyValues(fields, saved) {
    var seen = {};
    fields.forEach(function (field) {
      var list = saved[field.name];
      var index = seen[field.name] = (seen[field.name] || 0);
      seen[field.name] += 1;
      if (!Array.isArray(list) || index >= list.length) {
        return;
      }
      var value = list[index];
      if (field instanceof HTMLSelectElement) {
        var wanted = Array.isArray(value) ? value.map(String) : [String(value)];
        Array.prototype.forEach.call(field.options, function (option) {
          if (field.multiple) {
            option.selected = wanted.indexOf(option.value) !== -1;
          } else if (option.value === wanted[0]) {
            option.selected = true;
          }
        });
      } else if (typeof value === 'string') {
        field.value = value;
      } else {
        return;
      }
      fireValueEvents(field);
    });
  }

  function formatTime(timestamp) {
    var date = new Date(timestamp);
    try {
      return date.toLocaleString('id-ID', {
        day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit'
      });
    } catch (e) {
      return date.toLocaleString();
    }
  }

  function initDraft(form) {
    var key = form.getAttribute('data-draft-key');
    if (!key || form.hasAttribute('data-draft-ready')) {
      return;
    }
    form.setAttribute('data-draft-ready', '');
    var storageKey = DRAFT_PREFIX + key;
    var pending = null; // draft offered in the notice, not yet restored or discarded
    var notice = null;
    // Values as rendered by the server: nothing worth keeping until they change.
    var initial = collectValues(draftFields(form));

    function save() {
      if (pending) {
        return; // never overwrite a draft the user has not decided about
      }
      var values = collectValues(draftFields(form));
      if (isBlank(values) || sameValues(values, initial)) {
        storageRemove(storageKey);
        return;
      }
      storageSet(storageKey, JSON.stringify({ v: 1, savedAt: Date.now(), fields: values }));
    }
    var scheduleSave = debounce(save, DRAFT_DEBOUNCE_MS);

    function removeNotice() {
      if (notice && notice.parentNode) {
        notice.parentNode.removeChild(notice);
      }
      notice = null;
    }

    function focusFirstField() {
      var first = draftFields(form).filter(function (f) { return !f.hidden && !f.disabled; })[0];
      if (first) {
        first.focus();
      }
    }

    function settle(message) {
      // Keep the (now button-less) status region briefly so the outcome is
      // announced; it goes away with the next edit.
      notice.textContent = '';
      notice.appendChild(el('span', 'draft-notice-text', message));
      form.addEventListener('input', removeNotice, { once: true });
    }

    function showNotice(draft) {
      notice = el('div', 'draft-notice');
      notice.setAttribute('role', 'status');
      var text = el('span', 'draft-notice-text');
      var parts = TEXT.draftFound.split('{time}');
      var time = el('time', null, formatTime(draft.savedAt));
      time.setAttribute('datetime', new Date(draft.savedAt).toISOString());
      text.appendChild(document.createTextNode(parts[0]));
      text.appendChild(time);
      text.appendChild(document.createTextNode(parts[1] || ''));

      var actions = el('span', 'draft-notice-actions');
      var restore = el('button', 'btn btn-sm btn-primary', TEXT.draftRestore);
      restore.type = 'button';
      var discard = el('button', 'btn btn-sm btn-outline-primary', TEXT.draftDiscard);
      discard.type = 'button';
      actions.appendChild(restore);
      actions.appendChild(discard);
      notice.appendChild(text);
      notice.appendChild(actions);

      restore.addEventListener('click', function () {
        var fields = pending.fields;
        pending = null;
        applyValues(draftFields(form), fields);
        scheduleSave.cancel();
        save();
        settle(TEXT.draftRestored);
        focusFirstField();
      });
      discard.addEventListener('click', function () {
        pending = null;
        storageRemove(storageKey);
        save(); // whatever was typed meanwhile becomes the draft
        settle(TEXT.draftDiscarded);
        focusFirstField();
      });

      form.insertBefore(notice, form.firstChild);
    }

    var draft = readDraft(storageKey);
    if (!draft) {
      storageRemove(storageKey);
    } else if (!sameValues(draft.fields, initial)) {
      pending = draft;
      showNotice(draft);
    }

    form.addEventListener('input', scheduleSave);
    form.addEventListener('change', scheduleSave);
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) {
        return; // e.g. cancelled by a data-confirm dialog
      }
      scheduleSave.cancel();
      // The server keeps the values if it re-renders the form with errors.
      storageRemove(storageKey);
    });
  }

  /* ---- 3. Tag suggestions ------------------------------------------------ */

  function initTagSuggest(input) {
    var url = input.getAttribute('data-tag-suggest');
    if (!url || input.hasAttribute('data-tag-suggest-ready')) {
      return;
    }
    input.setAttribute('data-tag-suggest-ready', '');

    var wrap = input.parentNode;
    if (!wrap.classList || !wrap.classList.contains('tag-suggest-wrap')) {
      wrap = el('div', 'tag-suggest-wrap');
      input.parentNode.insertBefore(wrap, input);
      wrap.appendChild(input);
    }

    var list = el('ul', 'tag-suggest');
    list.id = nextId('saran-tag');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', TEXT.tagListLabel);
    list.hidden = true;
    var live = el('span', 'visually-hidden');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    wrap.appendChild(list);
    wrap.appendChild(live);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    var items = []; // [{name, count}]
    var active = -1;
    var seq = 0;
    var cache = {};

    function currentToken() {
      var value = input.value;
      if (typeof input.selectionStart === 'number' && input.selectionStart !== value.length) {
        return null; // caret is not on the last tag
      }
      return value.slice(value.lastIndexOf(',') + 1).trim();
    }

    function enteredTags() {
      var value = input.value;
      return value.slice(0, value.lastIndexOf(',') + 1).split(',')
        .map(function (t) { return t.trim().toLowerCase(); })
        .filter(Boolean);
    }

    function isOpen() {
      return !list.hidden;
    }

    function close() {
      seq += 1;
      fetchLater.cancel();
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function setActive(index) {
      var options = list.querySelectorAll('[role="option"]');
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (index >= 0 && options[index]) {
        options[index].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[index].id);
        if (typeof options[index].scrollIntoView === 'function') {
          options[index].scrollIntoView({ block: 'nearest' });
        }
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(tags) {
      var taken = enteredTags();
      items = tags.filter(function (tag) {
        return tag && typeof tag.name === 'string' && taken.indexOf(tag.name.toLowerCase()) === -1;
      }).slice(0, 8);
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!items.length) {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        return;
      }
      items.forEach(function (tag, i) {
        var option = el('li', 'tag-suggest-option');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.appendChild(el('span', 'tag-suggest-name', tag.name));
        if (typeof tag.count === 'number') {
          option.appendChild(el('span', 'tag-suggest-count',
            format(TEXT.tagCount, { count: formatNumber(tag.count) })));
        }
        option.addEventListener('click', function () {
          pick(i);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      live.textContent = items.length === 1
        ? TEXT.tagResultsOne
        : format(TEXT.tagResultsMany, { count: items.length });
    }

    function pick(index) {
      var tag = items[index];
      if (!tag) {
        return;
      }
      var value = input.value;
      var cut = value.lastIndexOf(',');
      var before = cut >= 0 ? value.slice(0, cut + 1) + ' ' : '';
      input.value = before + tag.name + ', ';
      close();
      input.focus();
      var end = input.value.length;
      try {
        input.setSelectionRange(end, end);
      } catch (e) {
        /* not a text input */
      }
      live.textContent = format(TEXT.tagPicked, { name: tag.name });
      fireValueEvents(input); // counters and drafts follow; this script ignores it
    }

    function lookup(token) {
      seq += 1;
      var mine = seq;
      var key = token.toLowerCase();
      if (cache[key]) {
        render(cache[key]);
        return;
      }
      var target = new URL(url, window.location.href);
      target.searchParams.set('q', token);
      fetch(target.toString(), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        if (!response.ok || !isJsonResponse(response)) {
          throw new Error('bad-response');
        }
        return response.json();
      }).then(function (data) {
        var tags = data && Array.isArray(data.tags) ? data.tags : [];
        cache[key] = tags;
        if (mine === seq && document.activeElement === input) {
          render(tags);
        }
      }).catch(function () {
        if (mine === seq) {
          close(); // suggestions are optional; typing still works
        }
      });
    }

    var fetchLater = debounce(function () {
      var token = currentToken();
      if (token && token.length >= TAG_MIN_CHARS) {
        lookup(token);
      }
    }, TAG_DEBOUNCE_MS);

    input.addEventListener('input', function (event) {
      if (!event.isTrusted) {
        return; // our own synthetic events (pick, draft restore)
      }
      var token = currentToken();
      if (!token || token.length < TAG_MIN_CHARS) {
        close();
        return;
      }
      seq += 1; // results for the previous token are stale now
      fetchLater();
    });

    input.addEventListener('keydown', function (event) {
      if (event.isComposing) {
        return;
      }
      var open = isOpen();
      switch (event.key) {
        case 'ArrowDown':
        case 'Down':
          if (open) {
            event.preventDefault();
            setActive(active + 1 >= items.length ? 0 : active + 1);
          } else if (!event.altKey) {
            var token = currentToken();
            if (token && token.length >= TAG_MIN_CHARS) {
              event.preventDefault();
              lookup(token);
            }
          }
          break;
        case 'ArrowUp':
        case 'Up':
          if (open) {
            event.preventDefault();
            setActive(active - 1 < 0 ? items.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (open) {
            event.preventDefault(); // never submit the form while the list is open
            if (active >= 0) {
              pick(active);
            } else {
              close();
            }
          }
          break;
        case 'Tab':
          if (open && active >= 0 && !event.shiftKey) {
            event.preventDefault(); // stay in the field to type the next tag
            pick(active);
          } else if (open) {
            close();
          }
          break;
        case 'Escape':
        case 'Esc':
          if (open) {
            event.preventDefault();
            event.stopPropagation(); // do not also close a surrounding dialog
          }
          // Also when nothing is shown yet: a lookup still on its way must not open the list afterwards
          // (it would cover the form's submit button right after the person said "no suggestions").
          close();
          break;
        default:
          break;
      }
    });

    // Keep focus in the input when an option is clicked.
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    input.addEventListener('blur', close);
  }

  /* ---- 4. Character counter ---------------------------------------------- */

  function initCounter(field) {
    var max = parseInt(field.getAttribute('maxlength'), 10);
    if (!(max > 0) || field.hasAttribute('data-counter-ready')) {
      return;
    }
    field.setAttribute('data-counter-ready', '');
    var counter = el('div', 'char-counter');
    counter.id = nextId('penghitung');
    var visible = el('span');
    visible.setAttribute('aria-hidden', 'true');
    var spoken = el('span', 'visually-hidden');
    counter.appendChild(visible);
    counter.appendChild(spoken);

    // After the tag-suggest wrapper, so the listbox stays right under the
    // input, and after a preview pane that directly follows its textarea.
    var anchor = field;
    if (field.parentNode.classList && field.parentNode.classList.contains('tag-suggest-wrap')) {
      anchor = field.parentNode;
    }
    var next = anchor.nextElementSibling;
    if (next && next.id && next.id === field.getAttribute('data-preview-target')) {
      anchor = next;
    }
    if (anchor.parentNode.classList && anchor.parentNode.classList.contains('editor-split')) {
      anchor = anchor.parentNode; // below the text and its side-by-side preview
    }
    anchor.parentNode.insertBefore(counter, anchor.nextSibling);
    addDescribedBy(field, counter.id);

    var threshold = Math.ceil(max * 0.9);
    function update() {
      var count = field.value.length;
      var near = count >= threshold;
      visible.textContent = formatNumber(count) + '/' + formatNumber(max);
      spoken.textContent = near
        ? format(TEXT.counterNearLimit, { left: formatNumber(Math.max(0, max - count)), max: formatNumber(max) })
        : format(TEXT.counterScreenReader, { count: formatNumber(count), max: formatNumber(max) });
      counter.classList.toggle('is-near-limit', near);
      if (near) {
        counter.setAttribute('aria-live', 'polite');
        counter.setAttribute('aria-atomic', 'true');
      } else {
        counter.removeAttribute('aria-live');
        counter.removeAttribute('aria-atomic');
      }
    }
    field.addEventListener('input', update);
    update();
  }

  /* ---- Start --------------------------------------------------------------- */

  function init() {
    var each = function (selector, fn) {
      Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
    };
    // Tag inputs first: they may be wrapped, and counters go after the wrapper.
    each('input[data-tag-suggest]', initTagSuggest);
    each('textarea[data-preview-url][data-preview-target]', initPreview);
    each('textarea[maxlength][data-counter], input[maxlength][data-counter]', initCounter);
    purgeExpiredDrafts();
    // Drafts last: restoring fires input events that counters listen to.
    each('form[data-draft-key]', initDraft);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
