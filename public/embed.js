/*!
 * Switchboard embed.js: shows the Switchboard inbox inside a host page (a CRM) and talks
 * to it with postMessage. Plain JavaScript, no dependencies.
 *
 *   const inbox = Switchboard.mount(element, { url, token, language, theme });
 *   inbox.openContact({ external_id: 'crm-10442' }).then(...).catch(...);
 *   const off = inbox.on('unread.changed', ({ total }) => ...);
 *
 * The whole protocol (envelope, commands, results, events, security rules):
 * docs/embedding.md. This file only does the bookkeeping:
 * - it hears the app's frame alone (event.source and event.origin both checked) and
 *   posts to the app's origin alone, never '*';
 * - commands issued before the app's `ready` wait in a queue;
 * - every command gets an id unique within this mount and a Promise of its result.
 */
(function (global) {
  'use strict';

  /** The envelope's version. */
  var VERSION = 1;

  /** The events the app posts (docs/embedding.md, "Events"). */
  var EVENTS = [
    'ready',
    'unread.changed',
    'conversation.opened',
    'message.sent',
    'message.received',
    'outbox.changed',
    'signed_out',
    'auth.expired',
  ];

  /** An Error for a refused, timed-out or abandoned command; `result` when the app answered. */
  function failure(message, result) {
    var error = new Error(message);
    error.name = 'SwitchboardError';
    error.result = result;
    return error;
  }

  /** The envelope as an object: the app posts objects, but JSON text is accepted too. */
  function envelopeOf(data) {
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (e) {
        return null;
      }
    }
    return data && typeof data === 'object' && data.switchboard === VERSION ? data : null;
  }

  /**
   * Creates the app's iframe inside `element` and returns the handle (see
   * docs/embedding.md, "embed.js").
   *
   * options: { url (required), token?, language?, theme?, title?, timeoutMs?,
   *            readyTimeoutMs? }
   */
  function mount(element, options) {
    if (!element || typeof element.appendChild !== 'function') {
      throw new TypeError('Switchboard.mount: the first argument must be an element');
    }
    options = options || {};
    if (!options.url) {
      throw new TypeError('Switchboard.mount: options.url is required');
    }
    var url = new URL(options.url, global.location.href);
    // The only origin heard and posted to. A redirect to another origin would break the
    // conversation on purpose: the app is then not where the host page thinks it is.
    var appOrigin = url.origin;
    var timeoutMs = options.timeoutMs || 10000;
    var readyTimeoutMs = options.readyTimeoutMs || 30000;

    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = options.title || 'Switchboard inbox';
    // Copy buttons and voice messages inside the frame. (Browsers give a cross-origin
    // frame no desktop notifications: the host page hears message.received instead.)
    iframe.setAttribute('allow', 'clipboard-write; microphone');
    // The app learns the host page's origin from the referrer in browsers without
    // location.ancestorOrigins: send the origin (and only the origin, not the CRM's path
    // with its contact ids) even when the page's own policy sends no referrer.
    iframe.setAttribute('referrerpolicy', 'origin');
    iframe.style.border = '0';
    iframe.style.width = '100%';
    iframe.style.height = '100%';
    iframe.style.display = 'block';
    element.appendChild(iframe);

    var nextId = 0; // command ids: c1, c2, … unique within this mount
    var ready = false; // the app has said `ready`: commands go out at once
    var loaded = false; // a `ready` came before: the next one is a reload of the frame
    var destroyed = false;
    var queue = []; // envelopes waiting for `ready`
    var pending = {}; // id → { resolve, reject, timer } of commands posted or queued
    var handlers = {}; // event name → array of handlers
    var readyTimer = null;
    // What a reload of the frame needs again (a second `ready`): the latest of each.
    var remembered = {
      token: options.token || null,
      language: options.language || null,
      theme: options.theme || null,
    };

    function post(envelope) {
      iframe.contentWindow.postMessage(envelope, appOrigin);
    }

    /** Posts (or queues) a command and returns the Promise of its result. */
    function send(type, payload) {
      if (destroyed) {
        return Promise.reject(failure('Switchboard: this inbox was destroyed'));
      }
      nextId += 1;
      var envelope = { switchboard: VERSION, type: type, id: 'c' + nextId, payload: payload };
      return new Promise(function (resolve, reject) {
        pending[envelope.id] = { resolve: resolve, reject: reject, timer: null };
        if (ready) {
          dispatch(envelope);
        } else {
          queue.push(envelope);
          startReadyTimer();
        }
      });
    }

    /** Posts a command now and starts its timeout. */
    function dispatch(envelope) {
      var entry = pending[envelope.id];
      if (entry) {
        entry.timer = setTimeout(function () {
          settle(envelope.id, null, failure(
            'Switchboard: no answer to ' + envelope.type + ' within ' + timeoutMs + ' ms'));
        }, timeoutMs);
      }
      post(envelope);
    }

    /** Posts a command whose answer nobody waits for (the set-up after a reload). */
    function fire(type, payload) {
      nextId += 1;
      post({ switchboard: VERSION, type: type, id: 'c' + nextId, payload: payload });
    }

    function settle(id, value, error) {
      var entry = pending[id];
      if (!entry) return;
      delete pending[id];
      clearTimeout(entry.timer);
      if (error) entry.reject(error);
      else entry.resolve(value);
    }

    /** Rejects what waits in the queue when the app does not start listening in time. */
    function startReadyTimer() {
      if (readyTimer !== null) return;
      readyTimer = setTimeout(function () {
        readyTimer = null;
        var waiting = queue;
        queue = [];
        waiting.forEach(function (envelope) {
          settle(envelope.id, null, failure(
            'Switchboard: the app at ' + appOrigin + ' did not say ready within ' +
              readyTimeoutMs + ' ms (is this page\'s origin in its host_origins?)'));
        });
      }, readyTimeoutMs);
    }

    /**
     * The app listens. The first `ready` flushes the queue (the options' set-up first).
     * A later one means the frame loaded again (a reload inside it): the new app gets the
     * latest token, language and theme before anything queued since.
     */
    function onReady() {
      if (loaded) {
        if (remembered.token) fire('auth.token', { token: remembered.token });
        if (remembered.language) fire('set.language', { language: remembered.language });
        if (remembered.theme) fire('set.theme', { theme: remembered.theme });
      }
      loaded = true;
      ready = true;
      clearTimeout(readyTimer);
      readyTimer = null;
      var waiting = queue;
      queue = [];
      waiting.forEach(dispatch);
    }

    function emit(type, payload, envelope) {
      (handlers[type] || []).slice().forEach(function (handler) {
        try {
          handler(payload, envelope);
        } catch (e) {
          // One broken handler must not silence the others.
          setTimeout(function () {
            throw e;
          });
        }
      });
    }

    function onMessage(event) {
      // Only the app's own frame, at the app's origin: any other window or origin may be
      // anything, including a page pretending to be the app.
      if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
      var m = envelopeOf(event.data);
      if (!m || typeof m.type !== 'string' || typeof m.id !== 'string') return;
      if (m.type === 'result') {
        if (m.ok === true) settle(m.id, m, null);
        else settle(m.id, null, failure(m.error || 'Switchboard: refused', m));
        return;
      }
      if (EVENTS.indexOf(m.type) < 0) return; // a newer app's event: skipped, not fatal
      var payload = m.payload && typeof m.payload === 'object' ? m.payload : {};
      if (m.type === 'ready') onReady();
      // The app loads again after these (or waits for a token): until the next `ready`,
      // commands queue, and a dead token is not handed to the next load.
      if (m.type === 'signed_out' || m.type === 'auth.expired') remembered.token = null;
      emit(m.type, payload, m);
    }

    // Not the iframe's `load` event: the app may say `ready` before or after it. Commands
    // posted while the frame reloads are lost with the old page and time out.
    global.addEventListener('message', onMessage);

    // The options' set-up goes first in the queue: the token before anything else.
    var setup = [];
    if (options.token) setup.push(send('auth.token', { token: options.token }));
    if (options.language) setup.push(send('set.language', { language: options.language }));
    if (options.theme) setup.push(send('set.theme', { theme: options.theme }));
    // Nobody holds these promises: report a refusal in the console instead of an
    // unhandled rejection.
    setup.forEach(function (p) {
      p.catch(function (e) {
        if (global.console) global.console.warn(e.message);
      });
    });

    return {
      /** The `<iframe>` element. */
      iframe: iframe,
      /** The app's origin, the only one heard and posted to. */
      appOrigin: appOrigin,
      /** `auth.token {token}`; remembered for a reload of the frame. */
      setToken: function (token) {
        remembered.token = token;
        return send('auth.token', { token: token });
      },
      /** `open.conversation {conversation_id}`. */
      openConversation: function (id) {
        return send('open.conversation', { conversation_id: id });
      },
      /** `open.contact` with exactly one of `{ external_id }`, `{ phone }`, `{ email }`. */
      openContact: function (key) {
        return send('open.contact', key || {});
      },
      /** `compose {text}`: into the open conversation's composer, never sent by itself. */
      compose: function (text) {
        return send('compose', { text: text });
      },
      /** `set.language {language}`: en, ru, uk or fr; remembered for a reload. */
      setLanguage: function (language) {
        remembered.language = language;
        return send('set.language', { language: language });
      },
      /** `set.theme {theme}`: light, dark or system; remembered for a reload. */
      setTheme: function (theme) {
        remembered.theme = theme;
        return send('set.theme', { theme: theme });
      },
      /** `sign_out {}`; forgets the remembered token. */
      signOut: function () {
        remembered.token = null;
        return send('sign_out', {});
      },
      /** Calls `handler(payload, envelope)` for each event `name`; returns `off()`. */
      on: function (name, handler) {
        if (EVENTS.indexOf(name) < 0) {
          throw new TypeError('Switchboard: unknown event ' + name + ' (one of ' +
            EVENTS.join(', ') + ')');
        }
        (handlers[name] = handlers[name] || []).push(handler);
        return function off() {
          var list = handlers[name] || [];
          var at = list.indexOf(handler);
          if (at >= 0) list.splice(at, 1);
        };
      },
      /** Removes the frame and the listener; whatever still waits is rejected. */
      destroy: function () {
        if (destroyed) return;
        destroyed = true;
        global.removeEventListener('message', onMessage);
        clearTimeout(readyTimer);
        queue = [];
        Object.keys(pending).forEach(function (id) {
          settle(id, null, failure('Switchboard: this inbox was destroyed'));
        });
        handlers = {};
        if (iframe.parentNode) iframe.parentNode.removeChild(iframe);
      },
    };
  }

  global.Switchboard = { mount: mount, version: VERSION };
})(window);
