/*
 * The chat panel inside the widget's iframe. It runs on the service's own origin, so the token request and every
 * Direct Line call are same-origin. Settings arrive in the URL fragment from embed.js (never sent to the server).
 *
 * The conversation is kept per tab: its id and token live in this frame's sessionStorage, so a reload or another page
 * of the host site reconnects to it and Web Chat shows every earlier message again; another tab starts its own.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(location.hash.slice(1));
  var settings = {
    title: params.get('title') || '政务智能客服',
    siteName: params.get('site') || '',
    color: /^#[0-9a-fA-F]{6}$/.test(params.get('color') || '') ? params.get('color') : '#c0392b',
    questions: params.getAll('q').slice(0, 6)
  };

  var STORAGE_KEY = 'servicedesk.conversation';
  // A token this close to its expiry is not worth reconnecting with: the citizen gets a fresh conversation instead.
  var EXPIRY_MARGIN_MS = 60 * 1000;
  var FEEDBACK_EVENT = 'webchat:activity-status/feedback';

  var status = document.getElementById('chat-status');
  var notice = document.getElementById('chat-notice');
  var webChatElement = document.getElementById('webchat');
  var feedbackDialog = document.getElementById('feedback-dialog');
  var feedbackForm = document.getElementById('feedback-form');

  document.documentElement.style.setProperty('--sdb-color', settings.color);
  document.title = settings.title;
  document.getElementById('chat-title').textContent = settings.title;
  document.getElementById('chat-site').textContent = settings.siteName;

  // The host page may be any origin; the message carries no data, so any parent may receive it.
  function requestClose() {
    window.parent.postMessage({ type: 'servicedesk:close' }, '*');
  }

  document.getElementById('chat-close').addEventListener('click', requestClose);

  // Esc closes the innermost open thing only. A modal dialog (a citation, the feedback form) is closed by the browser
  // itself; Web Chat handles Esc inside the transcript and the suggestions (moving focus to the send box) and marks the
  // event as handled. Only an Esc nobody else took closes the chat.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) { return; }
    requestClose();
  });

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

  // ---- The conversation kept for this tab ----

  var conversation = null;
  var directLine = null;
  var store = null;

  function loadConversation() {
    var stored = null;
    try {
      stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch (e) {
      stored = null;
    }
    var usable = stored && typeof stored.conversationId === 'string' && typeof stored.token === 'string'
      && typeof stored.expiresAt === 'number' && stored.expiresAt - EXPIRY_MARGIN_MS > Date.now();
    if (!usable) {
      forgetConversation();
      return null;
    }
    return stored;
  }

  function forgetConversation() {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Storage may be disabled: the conversation then simply lasts as long as the page.
    }
  }

  function saveConversation() {
    if (!conversation || !conversation.conversationId) { return; }
    // directlinejs refreshes its token every 15 minutes and on every reconnect; the new one lives as long as the old.
    if (directLine && typeof directLine.token === 'string' && directLine.token !== conversation.token) {
      conversation.token = directLine.token;
      conversation.expiresAt = Date.now() + conversation.lifetimeMs;
    }
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(conversation));
    } catch (e) {
      // See forgetConversation.
    }
  }

  function describe(conversationId, answer, started) {
    var lifetimeMs = Math.max(0, Number(answer.expires_in) || 0) * 1000;
    return {
      conversationId: conversationId,
      token: answer.token,
      lifetimeMs: lifetimeMs,
      expiresAt: Date.now() + lifetimeMs,
      started: started
    };
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
    }).then(function (answer) {
      return describe(answer.conversationId, answer, false);
    });
  }

  // The same reconnect call directlinejs makes. It answers with a fresh token; 401, 403 (token expired) and 404
  // (conversation gone) mean the stored conversation is dead, and the citizen quietly gets a new one.
  function reconnect(stored) {
    var url = '/v3/directline/conversations/' + encodeURIComponent(stored.conversationId) + '?watermark=';
    return fetch(url, {
      headers: { Authorization: 'Bearer ' + stored.token },
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        forgetConversation();
        return null;
      }
      if (!response.ok) { throw new Error('reconnect ' + response.status); }
      return response.json().then(function (answer) {
        return describe(stored.conversationId, answer, stored.started === true);
      });
    });
  }

  function markStarted() {
    if (conversation && !conversation.started) {
      conversation.started = true;
      saveConversation();
    }
  }

  // ---- Quick questions: suggested actions under the welcome, until the conversation has started ----

  function quickQuestionActions() {
    return {
      actions: settings.questions.map(function (text) {
        return { type: 'imBack', title: text, value: text };
      })
    };
  }

  // The server marks its welcome message. While the conversation has not started, the page's own quick questions go
  // under it (Web Chat removes them by itself once the citizen sends anything, typed or clicked); when a started
  // conversation is replayed after a reload, the welcome comes back without any, so they never return.
  function withQuickQuestions(action) {
    var activity = action.payload && action.payload.activity;
    var isWelcome = activity && activity.type === 'message' && activity.channelData && activity.channelData.welcome === true;
    if (!isWelcome) { return action; }
    var patched = Object.assign({}, activity);
    if (conversation && conversation.started) {
      delete patched.suggestedActions;
    } else if (settings.questions.length > 0) {
      patched.suggestedActions = quickQuestionActions();
    }
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: patched }) });
  }

  function isUserMessage(activity) {
    return activity && activity.type === 'message' && activity.from && activity.from.role === 'user';
  }

  // ---- Feedback: after a thumbs-down, ask why ----

  var feedbackFor = null;

  function clickedFeedbackAction(activity) {
    if (!activity || activity.type !== 'event' || activity.name !== FEEDBACK_EVENT) { return null; }
    var actions = (activity.entities || []).filter(function (entity) {
      return entity && (entity['@type'] === 'LikeAction' || entity['@type'] === 'DislikeAction');
    });
    return actions.length > 0 ? actions[0] : null;
  }

  function noteFeedback(activity) {
    // Web Chat posts the clicked thumb as an entity; the reason this widget posts later travels as the event's value.
    var action = clickedFeedbackAction(activity);
    if (!action) { return; }
    if (action['@type'] === 'DislikeAction') {
      openFeedbackDialog(action['@id']);
    } else if (feedbackDialog.open && feedbackFor === action['@id']) {
      feedbackDialog.close();
    }
  }

  function openFeedbackDialog(actionId) {
    feedbackFor = actionId;
    feedbackForm.reset();
    if (!feedbackDialog.open) {
      feedbackDialog.showModal();
    }
  }

  feedbackForm.addEventListener('submit', function (event) {
    // Never a real form submission: the chat page allows none, and the reason goes over Direct Line.
    event.preventDefault();
    if (!store || !feedbackFor) { return; }
    store.dispatch({
      type: 'WEB_CHAT/SEND_EVENT',
      payload: {
        name: FEEDBACK_EVENT,
        value: {
          '@type': 'DislikeAction',
          '@id': feedbackFor,
          result: {
            '@type': 'Review',
            reviewAspect: feedbackForm.elements.reason.value,
            reviewBody: feedbackForm.elements.comment.value.trim()
          }
        }
      }
    });
    feedbackDialog.close();
    showNotice('感谢您的反馈，我们会据此改进。');
  });

  document.getElementById('feedback-cancel').addEventListener('click', function () {
    feedbackDialog.close();
  });

  var noticeTimer = 0;
  function showNotice(text) {
    notice.textContent = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () { notice.textContent = ''; }, 5000);
  }

  // ---- Web Chat ----

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY') {
            action = withQuickQuestions(action);
            if (isUserMessage(action.payload.activity)) { markStarted(); }
            saveConversation();
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var activity = action.payload && action.payload.activity;
            if (activity && activity.type === 'message') { markStarted(); }
            noteFeedback(activity);
          }
          return next(action);
        };
      };
    });
  }

  function render(resumed) {
    saveConversation();
    store = createStore();
    directLine = window.WebChat.createDirectLine({
      token: conversation.token,
      domain: location.origin + '/v3/directline',
      // With an id, directlinejs reconnects instead of starting a conversation. No watermark: this page's transcript is
      // empty, so the server replays the conversation from its start.
      conversationId: resumed ? conversation.conversationId : undefined
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
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
        sendBoxButtonColor: settings.color,
        // Wrapping rows of buttons: a carousel's arrows would sit on top of the button text.
        suggestedActionLayout: 'flow'
      }
    }, webChatElement);
    focusSendBox();
  }

  function showProblem(message) {
    status.textContent = message + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = '重试';
    retry.addEventListener('click', start);
    status.appendChild(retry);
    status.hidden = false;
  }

  function start() {
    status.hidden = true;
    if (!window.WebChat) {
      showProblem('对话组件加载失败，请检查网络后重试。');
      return;
    }
    var stored = loadConversation();
    (stored ? reconnect(stored) : Promise.resolve(null))
      .then(function (resumed) {
        if (resumed) {
          conversation = resumed;
          return true;
        }
        return fetchToken().then(function (fresh) {
          conversation = fresh;
          return false;
        });
      })
      .then(render)
      .catch(function (error) {
        showProblem(error && error.message === 'busy'
          ? '当前咨询人数较多，请稍后再试。'
          : '暂时无法连接在线客服，请稍后再试。');
      });
  }

  // The last refreshed token must be kept when the citizen reloads or leaves for another page of the site.
  window.addEventListener('pagehide', saveConversation);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { saveConversation(); }
  });

  start();
})();
