/*
 * ServiceDeskBot citizen widget loader. One line on any page:
 *   <script src="https://<service>/embed.js" defer
 *           data-title="政务智能客服" data-color="#c0392b" data-position="right"
 *           data-quick-questions="问题一|问题二"></script>
 * adds a chat bubble; the chat itself (Web Chat, several MB) loads in an iframe from the service's own origin only
 * when the bubble is first opened. The iframe keeps the host page's CSS and scripts away from the chat, and keeps
 * token and Direct Line calls same-origin with the service, so no CORS is needed for them.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.ServiceDeskWidget) {
    return;
  }

  // The service may live on another origin than the page embedding it: everything is resolved from our own src.
  var serviceOrigin = new URL(script.src, document.baseURI).origin;
  var OPEN_KEY = 'servicedesk-widget.open';
  var data = script.dataset;

  var builtInDefaults = {
    siteName: '',
    title: '在线咨询',
    primaryColor: '#c0392b',
    position: 'right',
    quickQuestions: []
  };

  function isColor(value) {
    return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);
  }

  function settingsFrom(serverDefaults) {
    var s = Object.assign({}, builtInDefaults, serverDefaults || {});
    if (data.title) { s.title = data.title; }
    if (data.siteName) { s.siteName = data.siteName; }
    if (isColor(data.color)) { s.primaryColor = data.color; }
    if (data.position === 'left' || data.position === 'right') { s.position = data.position; }
    if (data.quickQuestions !== undefined) {
      s.quickQuestions = data.quickQuestions.split('|').map(function (q) { return q.trim(); })
        .filter(function (q) { return q.length > 0; });
    }
    if (!isColor(s.primaryColor)) { s.primaryColor = builtInDefaults.primaryColor; }
    return s;
  }

  var chatIcon = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>';
  var closeIcon = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7 4.3 4.3l6.3 6.3 6.3-6.3z"/></svg>';

  function mount(settings) {
    var host = document.createElement('div');
    host.id = 'servicedesk-widget';
    var root = host.attachShadow({ mode: 'open' });

    // A stylesheet from the service rather than a <style> element, so a host page whose Content-Security-Policy
    // forbids inline styles only needs to allow the service's origin. Hidden until it applies, to avoid a flash of
    // an unstyled button.
    host.style.display = 'none';
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = serviceOrigin + '/widget/embed.css';
    style.addEventListener('load', function () { host.style.removeProperty('display'); });
    style.addEventListener('error', function () { host.style.removeProperty('display'); });
    root.appendChild(style);

    var container = document.createElement('div');
    container.style.setProperty('--sdb-color', settings.primaryColor);
    root.appendChild(container);

    var bubble = document.createElement('button');
    bubble.type = 'button';
    bubble.className = 'bubble ' + settings.position;
    bubble.setAttribute('aria-controls', 'servicedesk-panel');
    container.appendChild(bubble);

    var panel = document.createElement('div');
    panel.id = 'servicedesk-panel';
    panel.className = 'panel ' + settings.position;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', settings.title);
    panel.hidden = true;
    container.appendChild(panel);

    var frame = null;

    function chatUrl() {
      var params = new URLSearchParams();
      params.set('title', settings.title);
      params.set('site', settings.siteName || '');
      params.set('color', settings.primaryColor);
      settings.quickQuestions.forEach(function (q) { params.append('q', q); });
      return serviceOrigin + '/widget/chat.html#' + params.toString();
    }

    function render(open) {
      container.className = open ? 'open' : '';
      panel.hidden = !open;
      bubble.setAttribute('aria-expanded', open ? 'true' : 'false');
      bubble.setAttribute('aria-label', (open ? '关闭' : '打开') + settings.title);
      bubble.title = settings.title;
      bubble.innerHTML = open ? closeIcon : chatIcon;
    }

    // Whether the chat is open is kept per tab in the host page's session storage, so the chat stays open when the
    // citizen reloads or goes to another page of the site (the conversation itself is kept inside the frame).
    function remember(isOpen) {
      try {
        if (isOpen) { sessionStorage.setItem(OPEN_KEY, '1'); } else { sessionStorage.removeItem(OPEN_KEY); }
      } catch (e) {
        // Storage may be disabled; the chat then starts closed on every page.
      }
    }

    function wasOpen() {
      try {
        return sessionStorage.getItem(OPEN_KEY) === '1';
      } catch (e) {
        return false;
      }
    }

    function open() {
      show();
      frame.focus();
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: 'servicedesk:focus' }, serviceOrigin);
      }
    }

    function show() {
      if (!panel.hidden) { return; }
      if (!frame) {
        // Created on first open only: this is what keeps the Web Chat bundle off pages whose visitors never chat.
        frame = document.createElement('iframe');
        frame.title = settings.title;
        frame.src = chatUrl();
        frame.setAttribute('allow', 'clipboard-write');
        panel.appendChild(frame);
      }
      render(true);
      remember(true);
    }

    function close() {
      if (panel.hidden) { return; }
      render(false);
      remember(false);
      bubble.focus();
    }

    bubble.addEventListener('click', function () {
      if (panel.hidden) { open(); } else { close(); }
    });

    // An Esc the host page already handled (its own dialog, say) was not meant for the chat.
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) { close(); }
    });

    // The chat frame reports Esc and its own close button; only messages from our frame are trusted.
    window.addEventListener('message', function (event) {
      if (event.origin !== serviceOrigin || !frame || event.source !== frame.contentWindow) { return; }
      if (event.data && event.data.type === 'servicedesk:close') { close(); }
    });

    render(false);
    document.body.appendChild(host);
    // Reopened without moving focus: a page that has just loaded must not pull the keyboard into the chat.
    if (wasOpen()) { show(); }

    window.ServiceDeskWidget = { open: open, close: close };
  }

  function start() {
    fetch(serviceOrigin + '/api/widget/config', { credentials: 'omit' })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .catch(function () { return {}; })
      .then(function (serverDefaults) { mount(settingsFrom(serverDefaults)); });
  }

  window.ServiceDeskWidget = { open: function () {}, close: function () {} };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
