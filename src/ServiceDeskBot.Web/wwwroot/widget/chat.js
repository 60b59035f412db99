/*
 * The chat panel inside the widget's iframe. It runs on the service's own origin, so the token request and every
 * Direct Line call are same-origin. Settings arrive in the URL fragment from embed.js (never sent to the server).
 */
(function () {
  'use strict';

  var params = new URLSearchParams(location.hash.slice(1));
  var settings = {
    title: params.get('title') || '政务智能客服',
    siteName: params.get('site') || '',
    color: /^#[0-9a-fA-F]{6}$/.test(params.get('color') || '') ? params.get('color') : '#c0392b',
    welcome: params.get('welcome') || '您好！请问有什么可以帮您？',
    questions: params.getAll('q').slice(0, 6)
  };

  var intro = document.querySelector('.chat-intro');
  var status = document.getElementById('chat-status');
  var webChatElement = document.getElementById('webchat');

  document.documentElement.style.setProperty('--sdb-color', settings.color);
  document.title = settings.title;
  document.getElementById('chat-title').textContent = settings.title;
  document.getElementById('chat-site').textContent = settings.siteName;
  document.getElementById('chat-welcome').textContent = settings.welcome;

  // The host page may be any origin; the message carries no data, so any parent may receive it.
  function requestClose() {
    window.parent.postMessage({ type: 'servicedesk:close' }, '*');
  }

  document.getElementById('chat-close').addEventListener('click', requestClose);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { requestClose(); }
  });

  var store = null;

  // Web Chat renders asynchronously, so the send box may not exist yet when the panel opens; wait for it once.
  function focusSendBox() {
    var selector = '[data-id="webchat-sendbox-input"]';
    var input = webChatElement.querySelector(selector);
    if (input) {
      input.focus();
      return;
    }
    var observer = new MutationObserver(function () {
      var appeared = webChatElement.querySelector(selector);
      if (appeared) {
        observer.disconnect();
        appeared.focus();
      }
    });
    observer.observe(webChatElement, { childList: true, subtree: true });
  }

  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'servicedesk:focus') {
      focusSendBox();
    }
  });

  function ask(text) {
    if (!store) { return; }
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
    intro.hidden = true;
  }

  var questions = document.getElementById('chat-questions');
  settings.questions.forEach(function (text) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', function () { ask(text); });
    questions.appendChild(button);
  });

  function showProblem(message) {
    status.textContent = message + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = '重试';
    retry.addEventListener('click', start);
    status.appendChild(retry);
    status.hidden = false;
  }

  function fetchToken() {
    return fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.status === 429) { throw new Error('busy'); }
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    });
  }

  function start() {
    status.hidden = true;
    if (!window.WebChat) {
      showProblem('对话组件加载失败，请检查网络后重试。');
      return;
    }
    fetchToken().then(function (answer) {
      store = window.WebChat.createStore();
      window.WebChat.renderWebChat({
        directLine: window.WebChat.createDirectLine({
          token: answer.token,
          domain: location.origin + '/v3/directline'
        }),
        store: store,
        locale: 'zh-CN',
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: '请输入您要咨询的问题' },
        styleOptions: {
          accent: settings.color,
          primaryFont: getComputedStyle(document.documentElement).fontFamily,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          bubbleFromUserBackground: '#fdf1ef',
          hideUploadButton: true,
          sendBoxButtonColor: settings.color
        }
      }, webChatElement);
      focusSendBox();
    }).catch(function (error) {
      showProblem(error && error.message === 'busy'
        ? '当前咨询人数较多，请稍后再试。'
        : '暂时无法连接在线客服，请稍后再试。');
    });
  }

  start();
})();
