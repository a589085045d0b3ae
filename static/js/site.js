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

  document.addEventListener('DOMContentLoaded', function () {
    // Delegated listeners on document also cover forms added later.
    document.addEventListener('submit', onSubmitConfirm, true);
    document.addEventListener('change', onAutosubmitChange);
    hideAutosubmitButtons();
  });
})();
