/* Voting without a page reload; the forms still work without JavaScript. */
(function () {
  'use strict';
  var TEXT = { failed: 'Suara belum terkirim. Periksa sambungan lalu coba lagi.' };

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function update(box, data) {
    var score = box.querySelector('[data-score]');
    if (score) {
      score.setAttribute('data-score', String(data.score));
      score.textContent = String(data.score);
      score.classList.toggle('is-negative', data.score < 0);
      score.classList.toggle('is-zero', data.score === 0);
    }
    Array.prototype.forEach.call(box.querySelectorAll('.vote-form'), function (form) {
      var input = form.querySelector('[data-vote-value]');
      var kind = input.getAttribute('data-vote-value');
      var pressed = (kind === 'up' && data.vote === 1) || (kind === 'down' && data.vote === -1);
      input.value = pressed ? 'none' : kind;
      form.querySelector('button').setAttribute('aria-pressed', pressed ? 'true' : 'false');
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('vote-form')) { return; }
    event.preventDefault();
    var box = form.closest('[data-vote-box]');
    var message = box.querySelector('.vote-message');
    var button = form.querySelector('button');
    button.disabled = true;
    fetch(form.action, {
      method: 'POST', body: new FormData(form), credentials: 'same-origin',
      headers: { 'X-CSRFToken': csrfToken(), Accept: 'application/json', 'X-Requested-With': 'fetch' }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (result.ok) {
        message.textContent = '';
        update(box, result.data);
      } else {
        message.textContent = (result.data.error && result.data.error.message) || TEXT.failed;
      }
    }).catch(function () {
      message.textContent = TEXT.failed;
    }).then(function () {
      button.disabled = false;
    });
  });
}());
