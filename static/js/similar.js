/* "Pertanyaan serupa": while a question's title is typed, show similar questions (debounced). */
(function () {
  'use strict';
  var TEXT = { answers: ' jawaban', answered: 'terjawab' };

  function setup(box) {
    var input = box.querySelector('[name="' + box.getAttribute('data-similar-for') + '"]');
    var panel = box.querySelector('.similar-questions');
    var list = panel && panel.querySelector('ul');
    if (!input || !list) { return; }
    var timer = null;
    var last = '';
    var controller = null;

    function render(questions) {
      list.textContent = '';
      questions.forEach(function (q) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = q.url;
        link.textContent = q.title;
        link.target = '_blank';
        link.rel = 'noopener';
        item.appendChild(link);
        var meta = document.createElement('span');
        meta.className = 'text-body-secondary';
        meta.textContent = ' · ' + q.answers + TEXT.answers + (q.answered ? ' · ' + TEXT.answered : '');
        item.appendChild(meta);
        list.appendChild(item);
      });
      panel.hidden = questions.length === 0;
    }

    function lookup() {
      var title = input.value.trim();
      if (title === last) { return; }
      last = title;
      if (title.split(/\s+/).length < 2) { render([]); return; }
      if (controller) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      fetch(box.getAttribute('data-similar-url') + '?title=' + encodeURIComponent(title), {
        headers: { Accept: 'application/json' }, credentials: 'same-origin',
        signal: controller ? controller.signal : undefined
      }).then(function (r) { return r.ok ? r.json() : { questions: [] }; })
        .then(function (data) { render(data.questions || []); })
        .catch(function () { /* a hint only: stay quiet on failure */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 400);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-similar-url]'), setup);
  });
}());
