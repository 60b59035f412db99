/*
 * Curated-answer pages: 试一试 shown in place, and the editor's passage picker and reply preview. A file because the
 * Content-Security-Policy allows no inline script. Every text from the server is set as textContent, never as markup,
 * except the 试一试 fragment, which the server rendered and encoded itself.
 */
(function () {
  'use strict';

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // 试一试: the form is a plain GET to /Admin/Curated/Try; with the script the result appears under it instead.
  document.querySelectorAll('form[data-try-result]').forEach(function (form) {
    var target = document.getElementById(form.getAttribute('data-try-result'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = new URLSearchParams(new FormData(form));
      params.set('fragment', 'true');
      target.textContent = '正在处理…';
      fetch(form.getAttribute('action') + '?' + params.toString(), { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
        .then(function (response) { return response.text(); })
        .then(function (html) { target.innerHTML = html; })
        .catch(function () { target.textContent = '试一试失败，请稍后再试。'; });
    });
  });

  var picker = document.getElementById('cite-picker');
  if (!picker) { return; }
  var idsField = picker.querySelector('[data-cited-ids]');
  var citedList = document.getElementById('cited-list');
  var citedEmpty = document.getElementById('cited-empty');
  var hits = document.getElementById('passage-hits');
  var query = picker.querySelector('[data-passage-query]');
  var previewAnswer = document.getElementById('preview-answer');
  var previewCitations = document.getElementById('preview-citations');
  var answerField = document.querySelector('[data-answer-field]');

  function citedIds() {
    return idsField.value.split('\n').map(function (id) { return id.trim(); }).filter(function (id) { return id.length > 0; });
  }

  function refresh() {
    var ids = [];
    previewCitations.replaceChildren();
    citedList.querySelectorAll('li[data-passage-id]').forEach(function (item) {
      ids.push(item.getAttribute('data-passage-id'));
      var title = item.querySelector('.cited-title');
      if (title) {
        var line = element('li');
        line.append(element('strong', null, title.textContent), ' ', element('span', 'muted', item.querySelector('.cited-excerpt').textContent));
        previewCitations.append(line);
      }
    });
    idsField.value = ids.join('\n');
    citedEmpty.hidden = ids.length > 0;
  }

  function cite(passage) {
    if (citedIds().indexOf(passage.id) >= 0) { return; }
    var item = element('li');
    item.setAttribute('data-passage-id', passage.id);
    var remove = element('button', 'link-button', '移除');
    remove.type = 'button';
    remove.setAttribute('data-uncite', '');
    item.append(element('strong', 'cited-title', '《' + passage.title + '》'), ' ', element('span', 'muted', passage.section),
      element('div', 'cited-excerpt', passage.excerpt), remove);
    citedList.append(item);
    refresh();
  }

  citedList.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-uncite]') : null;
    if (button) {
      button.closest('li').remove();
      refresh();
    }
  });

  function search() {
    var text = query.value.trim();
    if (!text) { return; }
    hits.replaceChildren(element('li', 'muted', '正在搜索…'));
    fetch('/api/admin/curated/passages?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (reply) {
        hits.replaceChildren();
        if (!reply.ok) {
          hits.append(element('li', 'error', reply.body.detail || '搜索失败，请稍后再试。'));
          return;
        }
        if (reply.body.length === 0) {
          hits.append(element('li', 'muted', '没有找到相关段落，请换个说法。'));
          return;
        }
        reply.body.forEach(function (passage) {
          var item = element('li', 'passage-hit');
          var pick = element('button', null, '引用');
          pick.type = 'button';
          pick.addEventListener('click', function () { cite(passage); pick.disabled = true; pick.textContent = '已引用'; });
          if (citedIds().indexOf(passage.id) >= 0) { pick.disabled = true; pick.textContent = '已引用'; }
          item.append(element('strong', null, '《' + passage.title + '》'), ' ', element('span', 'muted', passage.section),
            element('div', null, passage.excerpt), pick);
          hits.append(item);
        });
      })
      .catch(function () { hits.replaceChildren(element('li', 'error', '搜索失败，请稍后再试。')); });
  }

  picker.querySelector('[data-passage-search]').addEventListener('click', search);
  query.addEventListener('keydown', function (event) {
    // Enter searches instead of submitting the whole curated-answer form.
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  if (answerField) {
    answerField.addEventListener('input', function () { previewAnswer.textContent = answerField.value; });
  }
})();
