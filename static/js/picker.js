/*
 * Simpul ASN — search-as-you-type picker for a person, a post or an activity.
 *
 * Progressive enhancement only: without this file the text input is sent as
 * typed and the server resolves a name, @handle, number or link. Activates on
 *
 *   <input name="user" data-picker="/users/suggest.json"
 *          data-picker-display="Nama (@handle)"   (optional: what to show for the value)
 *          data-picker-multiple>                  (optional: a comma-separated list)
 *
 * GET data-picker?q=… answers {"items": [{"value", "label", "detail"}]} or, for
 * members, {"users": [{"id", "handle", "name", "agency", "position"}]}.
 * The input keeps its name only in a hidden field that holds what the server
 * accepts (number or link); the visible field shows names and titles. Typing
 * again sends what is typed. No inline script or style (CSP); no globals.
 */
(function () {
  'use strict';

  var TEXT = {
    results: '{count} hasil. Gunakan panah atas dan bawah, lalu Enter.',
    none: 'Tidak ada yang cocok.',
    chosen: 'Dipilih: {label}',
    remove: 'Hapus {label}'
  };
  var DEBOUNCE_MS = 250;
  var uid = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return values[key] !== undefined ? values[key] : m; });
  }

  function normalise(data) {
    if (data && data.items) { return data.items; }
    return ((data && data.users) || []).map(function (u) {
      return { value: String(u.id), label: u.name + ' (@' + u.handle + ')',
               detail: [u.agency, u.position].filter(Boolean).join(' · ') };
    });
  }

  function enhance(input) {
    var id = 'picker-' + (++uid);
    var multiple = input.hasAttribute('data-picker-multiple');
    var hidden = el('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    hidden.value = input.value;
    input.removeAttribute('name');
    input.setAttribute('data-picker-field', hidden.name);
    input.parentNode.insertBefore(hidden, input);

    var wrap = el('div', 'tag-suggest-wrap');
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    // Bootstrap shows a field's error only beside an .is-invalid input; the input now sits in the wrapper.
    if (input.classList.contains('is-invalid')) {
      Array.prototype.forEach.call(wrap.parentNode.children, function (node) {
        if (node.classList.contains('invalid-feedback')) { node.classList.add('d-block'); }
      });
    }
    var list = el('ul', 'tag-suggest');
    list.id = id + '-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    wrap.appendChild(list);
    var status = el('div', 'visually-hidden');
    status.setAttribute('role', 'status');
    wrap.appendChild(status);
    var chips = null;
    var chosen = [];  // multiple: [{value, label}]

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    function syncMultiple() {
      var typed = input.value.trim();
      var values = chosen.map(function (c) { return c.value; });
      if (typed) { values.push(typed); }
      hidden.value = values.join(', ');
      chips.textContent = '';
      chosen.forEach(function (c, index) {
        var chip = el('span', 'badge text-bg-light border me-1 mb-1', c.label + ' ');
        chip.setAttribute('data-picker-chosen', c.value);
        var remove = el('button', 'btn-close btn-close-sm');
        remove.type = 'button';
        remove.setAttribute('aria-label', format(TEXT.remove, { label: c.label }));
        remove.addEventListener('click', function () { chosen.splice(index, 1); syncMultiple(); input.focus(); });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }

    if (multiple) {
      chips = el('div', 'mt-1');
      wrap.appendChild(chips);
      hidden.value.split(',').forEach(function (part) {
        part = part.trim();
        if (part) { chosen.push({ value: part, label: part }); }
      });
      input.value = '';
      syncMultiple();
    } else if (input.getAttribute('data-picker-display')) {
      input.value = input.getAttribute('data-picker-display');
    }

    var items = [];
    var active = -1;
    var timer = null;
    var asked = '';

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', id + '-opt-' + index);
        list.children[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) { return; }
      if (multiple) {
        if (!chosen.some(function (c) { return c.value === item.value; })) {
          chosen.push({ value: item.value, label: item.label });
        }
        input.value = '';
        syncMultiple();
      } else {
        hidden.value = item.value;
        input.value = item.label;
      }
      status.textContent = format(TEXT.chosen, { label: item.label });
      close();
    }

    function show(found) {
      close();
      items = found;
      found.forEach(function (item, index) {
        var li = el('li');
        li.id = id + '-opt-' + index;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var text = el('span', null, item.label);
        li.appendChild(text);
        if (item.detail) { li.appendChild(el('small', 'text-body-secondary', item.detail)); }
        li.addEventListener('mousedown', function (event) { event.preventDefault(); choose(index); });
        list.appendChild(li);
      });
      status.textContent = found.length ? format(TEXT.results, { count: found.length }) : TEXT.none;
      if (found.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function lookup() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      asked = q;
      var url = input.getAttribute('data-picker');
      url += (url.indexOf('?') === -1 ? '?' : '&') + 'q=' + encodeURIComponent(q);
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && asked === input.value.trim()) { show(normalise(data)); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      if (multiple) { syncMultiple(); } else { hidden.value = input.value; }
      clearTimeout(timer);
      timer = setTimeout(lookup, DEBOUNCE_MS);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-picker][name]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
