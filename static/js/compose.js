/*
 * Simpul ASN — the writer's toolbar over a Markdown textarea.
 *
 * Progressive enhancement only: without this file the textarea is a plain
 * Markdown field and the form works as before. No inline script or style (CSP).
 * Exposes no globals. Activates on
 *
 *   <textarea name="body" data-compose
 *             data-upload-url="/uploads"            (optional: files and images)
 *             data-mention-url="/users/suggest.json"> (optional: @mention lookup)
 *
 * 1. Toolbar: bold, italic, heading, bulleted list, numbered list, link, quote,
 *    table, image, file; Ctrl/Cmd+B, Ctrl/Cmd+I, Ctrl/Cmd+K in the textarea.
 *    One Tab stop; the arrow keys, Home and End move along the buttons.
 * 2. Uploads: the image/file buttons, drag-and-drop and pasted files are sent
 *    one by one to data-upload-url (multipart field "file", header X-CSRFToken
 *    from <meta name="csrf-token">) with a progress bar; the answer's
 *    `markdown` is inserted where the cursor was. A refusal (problem JSON)
 *    shows its Indonesian title and detail.
 * 3. Paste from Word and Google Docs: text/html on the clipboard is cleaned
 *    (Word's list paragraphs, Docs' bold/italic spans, header-less tables) and
 *    turned into Markdown with turndown (static/vendor/turndown/, loaded
 *    before this file). Without turndown the browser's plain-text paste stays.
 * 4. @mentions: "@ab" looks up GET data-mention-url?q=ab ->
 *    {"users": [{"handle": "…", "name": "…"}]} and offers a listbox.
 */
(function () {
  'use strict';

  var TEXT = {
    toolbar: 'Alat penyunting',
    bold: 'Tebal (Ctrl+B)',
    italic: 'Miring (Ctrl+I)',
    heading: 'Tajuk bagian',
    bullets: 'Daftar berbutir',
    numbers: 'Daftar bernomor',
    link: 'Tautan (Ctrl+K)',
    quote: 'Kutipan',
    table: 'Tabel',
    image: 'Sisipkan gambar',
    file: 'Lampirkan berkas',
    boldSample: 'teks tebal',
    italicSample: 'teks miring',
    headingSample: 'Tajuk bagian',
    itemSample: 'butir',
    linkSample: 'teks tautan',
    quoteSample: 'kutipan',
    tableSample: '| Kolom 1 | Kolom 2 |\n| --- | --- |\n| isi | isi |\n',
    dropHint: 'Lepaskan berkas di sini untuk mengunggahnya.',
    uploading: 'Mengunggah {name}…',
    uploaded: '{name} diunggah dan disisipkan.',
    uploadFailed: 'Gagal mengunggah {name}: {reason}',
    uploadNetwork: 'sambungan terputus. Periksa internet Anda lalu coba lagi.',
    uploadUnknown: 'server tidak dapat menerima berkas ini saat ini (kode {code}).',
    pasted: 'Teks tempelan diubah menjadi Markdown.',
    mentionList: 'Saran anggota',
    mentionResults: '{count} anggota cocok. Gunakan panah atas dan bawah, lalu Enter.'
  };

  var MENTION_DEBOUNCE_MS = 250;
  var uid = 0;

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

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') || '' : '';
  }

  /* ---- Text edits -------------------------------------------------------- */

  // Replace the selection with `text` (undoable where the browser allows it) and
  // select [selStart, selEnd) of the inserted text, or put the caret after it.
  function replaceSelection(textarea, text, selStart, selEnd) {
    var start = textarea.selectionStart;
    textarea.focus();
    var done = false;
    try {
      done = document.execCommand('insertText', false, text);
    } catch (e) {
      done = false;
    }
    if (!done || textarea.value.substr(start, text.length) !== text) {
      textarea.setRangeText(text, start, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (typeof selStart === 'number') {
      textarea.setSelectionRange(start + selStart, start + (typeof selEnd === 'number' ? selEnd : selStart));
    } else {
      textarea.setSelectionRange(start + text.length, start + text.length);
    }
  }

  function wrap(textarea, marker, sample) {
    var chosen = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd) || sample;
    replaceSelection(textarea, marker + chosen + marker, marker.length, marker.length + chosen.length);
  }

  // Prefix every line touched by the selection (whole lines are selected first).
  function prefixLines(textarea, prefixFor, sample) {
    var value = textarea.value;
    var start = value.lastIndexOf('\n', textarea.selectionStart - 1) + 1;
    var end = value.indexOf('\n', Math.max(start, textarea.selectionEnd));
    if (end === -1) {
      end = value.length;
    }
    textarea.setSelectionRange(start, end);
    var lines = value.slice(start, end).split('\n');
    if (lines.length === 1 && !lines[0].trim()) {
      lines = [sample];
    }
    var out = lines.map(function (line, i) { return prefixFor(i) + line; }).join('\n');
    replaceSelection(textarea, out);
  }

  // Text that starts on a line of its own, with a blank line before and after.
  function insertBlock(textarea, block) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var lead = !before || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    replaceSelection(textarea, lead + block.replace(/\n*$/, '') + '\n\n');
  }

  function insertLink(textarea) {
    var chosen = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
    if (/^https?:\/\/\S+$/.test(chosen)) {
      replaceSelection(textarea, '[' + TEXT.linkSample + '](' + chosen + ')', 1, 1 + TEXT.linkSample.length);
      return;
    }
    var label = chosen || TEXT.linkSample;
    var text = '[' + label + '](https://)';
    replaceSelection(textarea, text, label.length + 3, label.length + 11);
  }

  /* ---- Paste from Word / Google Docs ----------------------------------- */

  function converter() {
    if (typeof window.TurndownService !== 'function') {
      return null;
    }
    var service = new window.TurndownService({
      headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_',
      strongDelimiter: '**', hr: '---'
    });
    if (window.turndownPluginGfm) {
      service.use([window.turndownPluginGfm.tables, window.turndownPluginGfm.strikethrough]);
    }
    // Pictures inside pasted text point at the writer's own disk (file:///…) or are inline data:
    // they are uploaded as files instead, so the text keeps only its words.
    service.remove(['style', 'script', 'meta', 'link', 'title', 'img', 'picture', 'svg']);
    // "- item" with one space, and continuation lines (nested lists) indented by four, as Python-Markdown
    // on the server expects.
    service.addRule('simpulListItem', {
      filter: 'li',
      replacement: function (content, node) {
        var parent = node.parentNode;
        var prefix = '- ';
        if (parent.nodeName === 'OL') {
          var start = parseInt(parent.getAttribute('start') || '1', 10) || 1;
          prefix = (start + Array.prototype.indexOf.call(parent.children, node)) + '. ';
        }
        content = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?!$)/g, '\n    ');
        return prefix + content.replace(/\n$/, '') + (node.nextSibling ? '\n' : '');
      }
    });
    // One line per table cell (Word puts a paragraph in each), pipes escaped.
    service.addRule('simpulTableCell', {
      filter: ['th', 'td'],
      replacement: function (content, node) {
        var text = content.replace(/\s*\n+\s*/g, ' ').trim().replace(/\|/g, '\\|');
        var index = Array.prototype.indexOf.call(node.parentNode.children, node);
        return (index === 0 ? '| ' : ' ') + text + ' |';
      }
    });
    return service;
  }

  function styleOf(node) {
    return (node.getAttribute('data-style') || '').toLowerCase().replace(/\s+/g, '');
  }

  function unwrap(node) {
    while (node.firstChild) {
      node.parentNode.insertBefore(node.firstChild, node);
    }
    node.parentNode.removeChild(node);
  }

  // Word and Docs write meaning into classes and styles that turndown cannot read: make it plain HTML.
  // The page's CSP (style-src 'self') also covers documents parsed here: <style> elements and style=""
  // attributes would be reported as violations. Drop the former; keep the latter as data-style to read them.
  function withoutInlineStyles(html) {
    return html.replace(/<style[\s\S]*?<\/style\s*>/gi, '')
      .replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, '$1data-style$2');
  }

  function cleanPastedHtml(html) {
    var doc = new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
    var body = doc.body;
    // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
    Array.prototype.forEach.call(body.querySelectorAll('b[id^="docs-internal-guid"]'), unwrap);
    Array.prototype.forEach.call(body.querySelectorAll('span[data-style]'), function (span) {
      var style = styleOf(span);
      if (/mso-list:ignore/.test(style)) {
        span.parentNode.removeChild(span); // Word's typed bullet or number of a list paragraph
        return;
      }
      var bold = /font-weight:(bold|[6-9]00)/.test(style);
      var italic = /font-style:italic/.test(style);
      var inner = span;
      if (italic) {
        var em = doc.createElement('em');
        span.parentNode.replaceChild(em, span);
        em.appendChild(span);
      }
      if (bold) {
        var strong = doc.createElement('strong');
        span.parentNode.replaceChild(strong, span);
        strong.appendChild(span);
      }
      unwrap(inner);
    });
    // Word's list paragraphs: <p class="MsoListParagraphCxSpFirst"> with a typed "1." or "·".
    var paragraphs = body.querySelectorAll('p[class*="MsoListParagraph"], p[data-style*="mso-list"]');
    var list = null;
    Array.prototype.forEach.call(paragraphs, function (p) {
      var original = p.getAttribute('data-marker') || '';
      var ordered = /^\s*[0-9a-z]{1,3}[.)]/i.test(original);
      var previous = p.previousElementSibling;
      if (!list || previous !== list) {
        list = doc.createElement(ordered ? 'ol' : 'ul');
        p.parentNode.insertBefore(list, p);
      }
      var li = doc.createElement('li');
      while (p.firstChild) {
        li.appendChild(p.firstChild);
      }
      list.appendChild(li);
      p.parentNode.removeChild(p);
    });
    // Tables without a header row become Markdown tables too: their first row is the header.
    Array.prototype.forEach.call(body.querySelectorAll('table'), function (table) {
      var first = table.rows[0];
      if (!first || first.querySelector('th')) {
        return;
      }
      Array.prototype.forEach.call(Array.prototype.slice.call(first.cells), function (cell) {
        var th = doc.createElement('th');
        while (cell.firstChild) {
          th.appendChild(cell.firstChild);
        }
        first.replaceChild(th, cell);
      });
    });
    // Word's "Title"/"Heading" paragraph styles without real heading tags.
    Array.prototype.forEach.call(body.querySelectorAll('p.MsoTitle, p.MsoHeading1'), function (p) {
      var h = doc.createElement('h2');
      while (p.firstChild) {
        h.appendChild(p.firstChild);
      }
      p.parentNode.replaceChild(h, p);
    });
    return body; // turndown takes the node itself: nothing is parsed a second time
  }

  // Word marks a list paragraph's number in a span that cleanPastedHtml removes: note it first.
  function markListNumbers(html) {
    return html.replace(/<p([^>]*)>((?:\s|<!\[if[^\]]*\]>)*<span[^>]*mso-list:\s*Ignore[^>]*>([\s\S]*?)<\/span>)/gi,
      function (all, attrs, span, marker) {
        var plain = marker.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim().slice(0, 8);
        return '<p' + attrs + ' data-marker="' + plain.replace(/"/g, '') + '">' + span;
      });
  }

  function htmlToMarkdown(html, service) {
    var markdown = service.turndown(cleanPastedHtml(markListNumbers(html)));
    return markdown.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }

  /* ---- Uploads ---------------------------------------------------------- */

  function problemReason(xhr) {
    try {
      var data = JSON.parse(xhr.responseText);
      var parts = [data.title, data.detail].filter(function (part) {
        return typeof part === 'string' && part;
      });
      if (parts.length) {
        return parts.join(': ');
      }
    } catch (e) {
      /* not JSON: e.g. a proxy's HTML page */
    }
    return format(TEXT.uploadUnknown, { code: xhr.status });
  }

  function initUploads(textarea, ui) {
    var url = textarea.getAttribute('data-upload-url');
    var queue = [];
    var busy = false;

    function setMessage(message, isError) {
      ui.message.textContent = message;
      ui.message.classList.toggle('is-error', !!isError);
      ui.message.setAttribute('role', isError ? 'alert' : 'status');
    }

    function next() {
      if (busy || !queue.length) {
        return;
      }
      busy = true;
      var job = queue.shift();
      var file = job.file;
      var data = new FormData();
      data.append('file', file, file.name || 'tempelan.png');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('X-CSRFToken', csrfToken());
      xhr.setRequestHeader('Accept', 'application/json');
      ui.progress.hidden = false;
      ui.bar.value = 0;
      ui.bar.max = 100;
      ui.bar.setAttribute('aria-label', format(TEXT.uploading, { name: file.name }));
      setMessage(format(TEXT.uploading, { name: file.name }), false);
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          ui.bar.value = Math.round(event.loaded / event.total * 100);
        }
      });
      function done() {
        busy = false;
        ui.progress.hidden = !queue.length;
        next();
      }
      xhr.addEventListener('load', function () {
        var answer = null;
        if (xhr.status === 201) {
          try {
            answer = JSON.parse(xhr.responseText);
          } catch (e) {
            answer = null;
          }
        }
        if (answer && typeof answer.markdown === 'string') {
          var position = Math.min(job.position, textarea.value.length);
          textarea.setSelectionRange(position, position);
          var before = textarea.value.slice(0, position);
          var lead = !before || /\s$/.test(before) ? '' : ' ';
          replaceSelection(textarea, lead + answer.markdown + ' ');
          queue.forEach(function (waiting) {
            if (waiting.position >= position) {
              waiting.position += lead.length + answer.markdown.length + 1;
            }
          });
          setMessage(format(TEXT.uploaded, { name: answer.name || file.name }), false);
        } else {
          setMessage(format(TEXT.uploadFailed, { name: file.name, reason: problemReason(xhr) }), true);
        }
        done();
      });
      xhr.addEventListener('error', function () {
        setMessage(format(TEXT.uploadFailed, { name: file.name, reason: TEXT.uploadNetwork }), true);
        done();
      });
      xhr.send(data);
    }

    function add(files) {
      Array.prototype.forEach.call(files, function (file) {
        queue.push({ file: file, position: textarea.selectionEnd });
      });
      next();
    }

    function hasFiles(event) {
      var types = event.dataTransfer && event.dataTransfer.types;
      return !!types && Array.prototype.indexOf.call(types, 'Files') !== -1;
    }

    textarea.addEventListener('dragover', function (event) {
      if (hasFiles(event)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        textarea.classList.add('is-drop-target');
      }
    });
    textarea.addEventListener('dragleave', function () {
      textarea.classList.remove('is-drop-target');
    });
    textarea.addEventListener('drop', function (event) {
      textarea.classList.remove('is-drop-target');
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length) {
        event.preventDefault();
        textarea.focus();
        add(files);
      }
    });

    return add;
  }

  /* ---- @mentions --------------------------------------------------------- */

  function initMentions(textarea, ui) {
    var url = textarea.getAttribute('data-mention-url');
    var list = el('ul', 'tag-suggest mention-suggest');
    uid += 1;
    list.id = 'saran-anggota-' + uid;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', TEXT.mentionList);
    list.hidden = true;
    ui.root.appendChild(list);
    textarea.setAttribute('aria-controls', list.id);
    var items = [];
    var active = -1;
    var seq = 0;
    var timer = null;

    function token() {
      var caret = textarea.selectionStart;
      if (caret !== textarea.selectionEnd) {
        return null;
      }
      var match = /(^|[\s(])@([a-z0-9_.-]{2,30})$/i.exec(textarea.value.slice(Math.max(0, caret - 32), caret));
      return match ? match[2] : null;
    }

    function close() {
      seq += 1;
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      textarea.removeAttribute('aria-activedescendant');
    }

    function pick(index) {
      var user = items[index];
      var typed = token();
      if (!user || typed === null) {
        close();
        return;
      }
      textarea.setSelectionRange(textarea.selectionStart - typed.length, textarea.selectionStart);
      close();
      replaceSelection(textarea, user.handle + ' ');
    }

    function setActive(index) {
      var options = list.querySelectorAll('[role="option"]');
      Array.prototype.forEach.call(options, function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (options[index]) {
        textarea.setAttribute('aria-activedescendant', options[index].id);
      }
    }

    function render(users) {
      list.textContent = '';
      items = users.slice(0, 8);
      if (!items.length) {
        close();
        return;
      }
      items.forEach(function (user, i) {
        var option = el('li', 'tag-suggest-option');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.appendChild(el('span', 'tag-suggest-name', '@' + user.handle));
        option.appendChild(el('span', 'tag-suggest-count', user.name));
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(i);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      ui.message.setAttribute('role', 'status');
      ui.message.classList.remove('is-error');
      ui.message.textContent = format(TEXT.mentionResults, { count: items.length });
    }

    function lookup(query) {
      seq += 1;
      var mine = seq;
      var target = new URL(url, window.location.href);
      target.searchParams.set('q', query);
      fetch(target.toString(), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : { users: [] };
        })
        .then(function (data) {
          if (mine === seq && document.activeElement === textarea) {
            render(Array.isArray(data.users) ? data.users : []);
          }
        })
        .catch(close);
    }

    textarea.addEventListener('input', function (event) {
      if (!event.isTrusted) {
        return;
      }
      var query = token();
      window.clearTimeout(timer);
      if (!query) {
        close();
        return;
      }
      timer = window.setTimeout(function () { lookup(query); }, MENTION_DEBOUNCE_MS);
    });
    textarea.addEventListener('blur', close);
    textarea.addEventListener('keydown', function (event) {
      if (list.hidden || event.isComposing) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + items.length) % items.length);
      } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
  }

  /* ---- Toolbar ------------------------------------------------------------ */

  function button(label, icon) {
    var b = el('button', 'btn btn-sm btn-outline-secondary editor-tool');
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    var i = el('i', 'bi ' + icon);
    i.setAttribute('aria-hidden', 'true');
    b.appendChild(i);
    return b;
  }

  function hiddenInput(accept) {
    var input = el('input');
    input.type = 'file';
    input.multiple = true;
    input.hidden = true; // opened by its toolbar button
    if (accept) {
      input.accept = accept;
    }
    return input;
  }

  // One Tab stop for the whole toolbar; arrow keys, Home and End move between its buttons (ARIA toolbar).
  function roveFocus(bar) {
    var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));
    function current(button) {
      buttons.forEach(function (b) { b.tabIndex = b === button ? 0 : -1; });
    }
    current(buttons[0]);
    bar.addEventListener('focusin', function (event) {
      if (buttons.indexOf(event.target) !== -1) {
        current(event.target);
      }
    });
    bar.addEventListener('keydown', function (event) {
      var index = buttons.indexOf(document.activeElement);
      if (index === -1) {
        return;
      }
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (typeof next !== 'number') {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      current(buttons[next]);
      buttons[next].focus();
    });
  }

  function initCompose(textarea) {
    if (textarea.hasAttribute('data-compose-ready')) {
      return;
    }
    textarea.setAttribute('data-compose-ready', '');
    var root = el('div', 'compose');
    var bar = el('div', 'editor-toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', TEXT.toolbar);
    bar.setAttribute('aria-controls', textarea.id);
    var progress = el('div', 'upload-progress');
    progress.hidden = true;
    var meter = el('progress', 'upload-bar');
    meter.max = 100;
    progress.appendChild(meter);
    var message = el('p', 'compose-message');
    message.setAttribute('role', 'status');
    message.setAttribute('aria-live', 'polite');
    var ui = { root: root, progress: progress, bar: meter, message: message };

    var actions = [
      [TEXT.bold, 'bi-type-bold', function () { wrap(textarea, '**', TEXT.boldSample); }],
      [TEXT.italic, 'bi-type-italic', function () { wrap(textarea, '_', TEXT.italicSample); }],
      [TEXT.heading, 'bi-type-h2', function () { prefixLines(textarea, function () { return '## '; }, TEXT.headingSample); }],
      [TEXT.bullets, 'bi-list-ul', function () { prefixLines(textarea, function () { return '- '; }, TEXT.itemSample); }],
      [TEXT.numbers, 'bi-list-ol', function () {
        prefixLines(textarea, function (i) { return (i + 1) + '. '; }, TEXT.itemSample);
      }],
      [TEXT.link, 'bi-link-45deg', function () { insertLink(textarea); }],
      [TEXT.quote, 'bi-quote', function () { prefixLines(textarea, function () { return '> '; }, TEXT.quoteSample); }],
      [TEXT.table, 'bi-table', function () { insertBlock(textarea, TEXT.tableSample); }]
    ];
    actions.forEach(function (action) {
      var b = button(action[0], action[1]);
      b.addEventListener('click', action[2]);
      bar.appendChild(b);
    });

    var add = null;
    if (textarea.getAttribute('data-upload-url')) {
      add = initUploads(textarea, ui);
      [[TEXT.image, 'bi-image', 'image/jpeg,image/png,image/webp,image/gif', 'gambar'],
        [TEXT.file, 'bi-paperclip', '', 'berkas']].forEach(function (spec) {
        var input = hiddenInput(spec[2]);
        input.setAttribute('data-compose-input', spec[3]);
        var b = button(spec[0], spec[1]);
        b.addEventListener('click', function () { input.click(); });
        input.addEventListener('change', function () {
          if (input.files && input.files.length) {
            add(input.files);
          }
          input.value = '';
        });
        bar.appendChild(b);
        bar.appendChild(input);
      });
    }

    roveFocus(bar);
    root.appendChild(bar);
    root.appendChild(progress);
    root.appendChild(message);
    // Above editor.js's write/preview tabs and its side-by-side wrapper when they are there.
    var anchor = textarea.parentNode.classList.contains('editor-split') ? textarea.parentNode : textarea;
    var before = anchor.previousElementSibling;
    if (before && before.classList.contains('editor-tabs')) {
      anchor = before;
    }
    anchor.parentNode.insertBefore(root, anchor);

    textarea.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
        return;
      }
      var key = (event.key || '').toLowerCase();
      if (key === 'b' || key === 'i' || key === 'k') {
        event.preventDefault();
        (key === 'b' ? actions[0] : key === 'i' ? actions[1] : actions[5])[2]();
      }
    });

    var service = null;
    textarea.addEventListener('paste', function (event) {
      var clip = event.clipboardData;
      if (!clip) {
        return;
      }
      var html = clip.getData('text/html');
      if (html && /<(p|h[1-6]|ul|ol|li|table|b|strong|i|em|a|br|div)[\s>]/i.test(html)) {
        service = service || converter();
        if (service) {
          event.preventDefault();
          replaceSelection(textarea, htmlToMarkdown(html, service));
          message.setAttribute('role', 'status');
          message.classList.remove('is-error');
          message.textContent = TEXT.pasted;
          return;
        }
      }
      if (add && clip.files && clip.files.length && !clip.getData('text/plain')) {
        event.preventDefault();
        add(clip.files);
      }
    });

    if (textarea.getAttribute('data-mention-url')) {
      initMentions(textarea, ui);
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-compose]'), initCompose);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
