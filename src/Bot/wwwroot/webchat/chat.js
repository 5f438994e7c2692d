// Starts Web Chat against the embedded Direct Line on this origin: a token from our own endpoint,
// then polling (webSocket: false), which the embedded service supports. No other host is contacted.
'use strict';

(async function startChat() {
  const status = document.getElementById('status');
  const host = document.getElementById('webchat');
  const firstReply = document.getElementById('first-reply');

  // Spanish when the link asks for it (?lang=es) or, without one, when the browser prefers it:
  // Web Chat's own strings ("Enviar", "Enviado a las…") and the bot's welcome then come in Spanish.
  const asked = new URLSearchParams(window.location.search).get('lang');
  const spanish = asked ? asked.toLowerCase() === 'es' : /^es\b/i.test(navigator.language || '');
  const locale = spanish ? 'es-ES' : 'en-US';
  const words = spanish
    ? {
        placeholder: 'Escriba su pregunta',
        ended: 'Este chat terminó. ',
        newChat: 'Empezar un chat nuevo',
        noLoad: 'El chat no pudo cargar. Por favor vuelva a cargar la página.',
        noStart: 'El chat no pudo empezar. Revise su conexión y vuelva a cargar la página.'
      }
    : {
        placeholder: 'Type your question',
        ended: 'This chat has ended. ',
        newChat: 'Start a new chat',
        noLoad: 'The chat could not load. Please reload the page.',
        noStart: 'The chat could not start. Please check your connection and reload the page.'
      };

  // The page came with the bot's welcome written in it (shown before this script arrived). Web Chat
  // takes its place once it has the bot's own welcome; a question already typed there moves over.
  function showWebChat(dispatch) {
    if (!firstReply) {
      return;
    }
    const typed = (firstReply.querySelector('input[name="q"]') || {}).value || '';
    firstReply.remove();
    host.classList.remove('webchat--waiting');
    if (typed.trim()) {
      dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: typed } });
    }
  }

  function fail(message) {
    status.textContent = message;
    status.classList.add('status--error');
  }

  // A conversation ends when it has been idle too long or the service restarted (Direct Line
  // answers 403 or 404): say so plainly and offer a new one, rather than a silent dead chat.
  function offerNewChat() {
    if (status.querySelector('button')) {
      return;
    }
    status.textContent = words.ended;
    status.classList.add('status--error');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'new-chat';
    button.textContent = words.newChat;
    button.addEventListener('click', () => window.location.reload());
    status.appendChild(button);
  }

  if (!window.WebChat) {
    fail(words.noLoad);
    return;
  }

  const styleOptions = {
    hideUploadButton: true,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    accent: '#0b5cad',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f3f5f8',
    bubbleBorderColor: '#cfd6de',
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 1,
    bubbleTextColor: '#1b1f24',
    bubbleFromUserBackground: '#0b5cad',
    bubbleFromUserBorderColor: '#0b5cad',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 600,
    sendBoxTextWrap: true,
    sendBoxButtonColor: '#0b5cad',
    // One row that scrolls sideways, so the topic menu and follow-ups never push the answer off a
    // phone's screen; chat.css lets each button's text wrap to two lines rather than end in "…".
    suggestedActionLayout: 'carousel',
    suggestedActionHeight: 'auto',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#0b5cad',
    suggestedActionTextColor: '#0b5cad',
    suggestedActionBorderRadius: 16,
    timestampColor: '#3d4752',
    paddingRegular: 10,
    rootHeight: '100%',
    rootWidth: '100%'
  };

  // A shared link can open the chat on a topic (/?topic=detainers) or a question (/?q=…): ask it
  // once connected. An unknown topic asks nothing, so the bot's welcome and topic menu show.
  async function topicQuestion() {
    const params = new URLSearchParams(window.location.search);
    const topic = params.get('topic');
    if (!topic) {
      const asked = (params.get('q') || '').trim();
      return asked.length > 0 && asked.length <= 500 ? asked : null;
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(topic)) {
      return null;
    }
    try {
      const response = await fetch('/webchat/topics/' + encodeURIComponent(topic), { cache: 'no-store' });
      return response.ok ? (await response.json()).question : null;
    } catch {
      return null;
    }
  }

  try {
    let question = await topicQuestion();
    const store = window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity.from?.role === 'bot') {
        setTimeout(() => showWebChat(dispatch), 0);
      }
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && question) {
        const text = question;
        question = null;
        // After this action is handled, so the message goes out on the connected line.
        setTimeout(() => dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } }), 0);
      }
      return next(action);
    });
    const response = await fetch('/v3/directline/tokens/generate', { method: 'POST', cache: 'no-store' });
    if (!response.ok) {
      throw new Error('Token request failed with ' + response.status);
    }
    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: window.location.origin + '/v3/directline',
      webSocket: false,
      // Tells the bot the reader's language before its welcome.
      conversationStartProperties: { locale }
    });
    // Direct Line's ConnectionStatus: 3 ExpiredToken, 4 FailedToConnect, 5 Ended.
    directLine.connectionStatus$.subscribe(connectionStatus => {
      if (connectionStatus >= 3) {
        offerNewChat();
      }
    });
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        locale,
        styleOptions,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: words.placeholder }
      },
      host
    );
    status.textContent = '';
  } catch {
    fail(words.noStart);
  }
})();
