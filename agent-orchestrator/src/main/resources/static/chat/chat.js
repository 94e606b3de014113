// The bank's chat page: signs in with a dev token (or #token=... in the URL), keeps the
// session id for the tab, and shows a pending action as confirm / cancel buttons, which
// call the confirm endpoint as the user: the model never confirms anything.
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { token: sessionStorage.getItem('token'), sessionId: sessionStorage.getItem('sessionId'), pending: null };

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: { 'Authorization': 'Bearer ' + state.token, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(json.detail || json.title || ('HTTP ' + response.status));
    }
    return json;
  }

  function add(role, text) {
    const item = document.createElement('li');
    item.className = role;
    item.textContent = text;
    $('messages').appendChild(item);
    item.scrollIntoView();
  }

  function showPending(pending) {
    state.pending = pending || null;
    $('pending').hidden = !state.pending;
    $('pending-summary').textContent = state.pending ? state.pending.summary : '';
  }

  async function start() {
    $('sign-in').hidden = true;
    $('chat').hidden = false;
    $('sign-out').hidden = false;
    if (state.sessionId) {
      try {
        const session = await api('GET', '/v1/chat/sessions/' + state.sessionId);
        $('messages').replaceChildren();
        session.messages.forEach((m) => add(m.role, m.text));
        showPending(session.pendingConfirmation);
        return;
      } catch (e) {
        state.sessionId = null;
      }
    }
    const created = await api('POST', '/v1/chat/sessions');
    state.sessionId = created.sessionId;
    sessionStorage.setItem('sessionId', state.sessionId);
  }

  async function turn(call) {
    try {
      const answer = await call();
      add('assistant', answer.reply);
      showPending(answer.pendingConfirmation);
    } catch (e) {
      add('assistant', 'Error: ' + e.message);
    }
  }

  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    add('user', text);
    turn(() => api('POST', '/v1/chat/sessions/' + state.sessionId + '/messages', { text }));
  });
  $('confirm').addEventListener('click', () => {
    const id = state.pending.actionId;
    showPending(null);
    turn(() => api('POST', '/v1/chat/sessions/' + state.sessionId + '/actions/' + id + '/confirm'));
  });
  $('cancel').addEventListener('click', () => {
    const id = state.pending.actionId;
    showPending(null);
    turn(() => api('POST', '/v1/chat/sessions/' + state.sessionId + '/actions/' + id + '/cancel'));
  });
  $('enter').addEventListener('click', () => {
    state.token = $('token').value.trim();
    sessionStorage.setItem('token', state.token);
    start().catch((e) => add('assistant', 'Error: ' + e.message));
  });
  $('sign-out').addEventListener('click', () => {
    sessionStorage.clear();
    location.hash = '';
    location.reload();
  });

  const fromUrl = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromUrl) {
    state.token = fromUrl;
    sessionStorage.setItem('token', fromUrl);
    history.replaceState(null, '', location.pathname);
  }
  if (state.token) {
    start().catch((e) => add('assistant', 'Error: ' + e.message));
  }
})();
