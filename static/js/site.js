/*
 * Simpul ASN — progressive enhancement only. Every feature here also works
 * without JavaScript (forms still submit, the language form keeps its button).
 * No inline scripts/handlers are used anywhere: the CSP forbids them.
 * Exposes no globals.
 *
 *   <form method="post" data-confirm="Hapus tulisan ini?"> ... </form>
 *       Asks window.confirm(message) before submitting; cancelling aborts.
 *
 *   <form method="post" action="/bahasa">
 *     <select name="lang" data-autosubmit> ... </select>
 *     <button type="submit" data-autosubmit-button>Ganti</button>
 *   </form>
 *       Submits when the selection changes; the button is hidden when JS runs.
 *
 *   <button data-print hidden>Cetak</button>
 *       Shown, and opens the browser's print dialog (the print pages).
 *
 *   <input id="alamat" value="https://…" readonly>
 *   <button data-copy-target="alamat" data-copied="…" data-copy-failed="…" hidden>
 *   <p class="copy-status" role="status"></p>   (the next .copy-status after the button's group)
 *       Shown; copies the input's value to the clipboard and says so.
 */
(function () {
  'use strict';

  function onSubmitConfirm(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm')) {
      return;
    }
    var message = form.getAttribute('data-confirm');
    if (!window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  function onAutosubmitChange(event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-autosubmit')) {
      return;
    }
    var form = select.form;
    if (!form) {
      return;
    }
    // requestSubmit() fires the submit event (so data-confirm and HTML
    // validation still apply); fall back to submit() on old browsers.
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  function hideAutosubmitButtons() {
    var selects = document.querySelectorAll('select[data-autosubmit]');
    Array.prototype.forEach.call(selects, function (select) {
      if (!select.form) {
        return;
      }
      var buttons = select.form.querySelectorAll('[data-autosubmit-button]');
      Array.prototype.forEach.call(buttons, function (button) {
        // The `hidden` attribute hides it visually and from assistive tech.
        button.hidden = true;
      });
    });
  }

  function initPrintAndCopy() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-copy-target]'), function (button) {
      var input = document.getElementById(button.getAttribute('data-copy-target'));
      if (!input) {
        return;
      }
      var card = button.closest('.card-body') || document;
      var status = card.querySelector('.copy-status');
      button.hidden = false;
      function say(message) {
        if (status) {
          status.textContent = message || '';
        }
      }
      button.addEventListener('click', function () {
        input.select();
        var copying = navigator.clipboard && typeof navigator.clipboard.writeText === 'function'
          ? navigator.clipboard.writeText(input.value)
          : Promise.reject(new Error('no-clipboard'));
        copying.then(function () {
          say(button.getAttribute('data-copied'));
        }, function () {
          var done = false;
          try {
            done = document.execCommand('copy');
          } catch (e) {
            done = false;
          }
          say(button.getAttribute(done ? 'data-copied' : 'data-copy-failed'));
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initPrintAndCopy();
    // Delegated listeners on document also cover forms added later.
    document.addEventListener('submit', onSubmitConfirm, true);
    document.addEventListener('change', onAutosubmitChange);
    hideAutosubmitButtons();
  });
})();
