// The example CRM page: a contact record, the Switchboard inbox beside it (through the
// app's /embed.js), buttons for the commands and a log of what crosses the frame's edge.
// Plain browser JavaScript, no build step. See README.md and docs/embedding.md.
'use strict';

/** Where the app is: `?app=http://127.0.0.1:8080`, else the `cargo xtask run` default. */
const APP = (new URLSearchParams(location.search).get('app') || 'http://127.0.0.1:8080').replace(
  /\/+$/,
  '',
);

/**
 * The CRM's own records. Names and external ids are those of the first contacts of the
 * reference server's demo data (CUS-10201, CUS-10202, …), so "Open this contact" finds
 * them there; the rest is this CRM's own (made-up) knowledge.
 */
const CONTACTS = [
  {
    name: 'Ольга Смирнова',
    role: 'Owner',
    company: 'Atelier Lumière',
    phone: '+7 495 123 4504',
    email: 'olga@atelier-lumiere.example',
    externalId: 'CUS-10201',
    fields: { Stage: 'Customer', Owner: 'Alex Morgan', 'Lifetime value': '€ 14,625', 'Last order': '#4471 · 3 days ago' },
  },
  {
    name: 'Оксана Мельник',
    role: 'Buyer',
    company: 'Nova Retail',
    phone: '+48 22 555 0102',
    email: 'customer1001@mail.example',
    externalId: 'CUS-10202',
    fields: { Stage: 'Lead', Owner: 'Unassigned', 'Lifetime value': '€ 0', 'Last order': '—' },
  },
  {
    name: 'Camille Martin',
    role: 'Operations',
    company: 'Hanse Logistik',
    phone: '+33 1 84 88 12 03',
    email: 'camille.martin@hanse.example',
    externalId: 'CUS-10203',
    fields: { Stage: 'Opportunity', Owner: 'Alex Morgan', 'Lifetime value': '€ 2,950', 'Last order': '#4402 · last month' },
  },
];

const CANNED = [
  'Hello {{contact.first_name}}, your order has shipped. Tracking follows by email.',
  'Thanks for your message, {{contact.first_name}}! A colleague will call you today.',
  'Could you send us a photo of the label, please?',
];

const $ = (id) => document.getElementById(id);
let contact = CONTACTS[0];
let inbox = null;

// ---- The contact record ----------------------------------------------------------------

function renderContact() {
  $('contact-name').textContent = contact.name;
  $('contact-role').textContent = `${contact.role} · ${contact.company}`;
  $('contact-initials').textContent = contact.name
    .split(' ')
    .map((w) => w[0])
    .join('');
  const rows = {
    Company: contact.company,
    Phone: contact.phone,
    Email: contact.email,
    'External id': contact.externalId,
    ...contact.fields,
  };
  const dl = $('contact-fields');
  dl.replaceChildren();
  for (const [k, v] of Object.entries(rows)) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
}

function addToTimeline(text) {
  const li = document.createElement('li');
  li.textContent = text + ' ';
  const time = document.createElement('time');
  time.textContent = 'just now';
  li.append(time);
  $('timeline').prepend(li);
}

// ---- The log ---------------------------------------------------------------------------

/** One line: which way, the type, and the payload or the result. */
function log(direction, type, detail, tone) {
  const li = document.createElement('li');
  li.className = `crm-log__item crm-log__item--${tone || direction}`;
  const head = document.createElement('div');
  const arrow = document.createElement('span');
  arrow.className = 'crm-log__dir';
  arrow.textContent = { in: '← app', out: '→ app', note: '·' }[direction] || direction;
  const name = document.createElement('strong');
  name.textContent = type;
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString();
  head.append(arrow, ' ', name, ' ', time);
  li.append(head);
  if (detail !== undefined) {
    const pre = document.createElement('pre');
    pre.textContent = typeof detail === 'string' ? detail : JSON.stringify(detail);
    li.append(pre);
  }
  $('log').prepend(li);
}

/** Runs a command: logs it, then its result (resolved) or its refusal/timeout (rejected). */
function run(label, promise) {
  log('out', label);
  promise.then(
    (result) => log('in', 'result', result, 'ok'),
    (error) => log('in', 'result', error.result || error.message, 'error'),
  );
}

// ---- The inbox -------------------------------------------------------------------------

function start() {
  $('inbox-status').remove();
  // No language or theme here: the agent's own choices stand until a menu below is used.
  inbox = window.Switchboard.mount($('inbox'), { url: APP + '/' });

  for (const type of [
    'ready',
    'unread.changed',
    'conversation.opened',
    'message.sent',
    'message.received',
    'outbox.changed',
    'signed_out',
    'auth.expired',
  ]) {
    inbox.on(type, (payload) => log('in', type, payload));
  }
  inbox.on('unread.changed', ({ total }) => {
    const badge = $('unread-badge');
    badge.textContent = String(total);
    badge.hidden = total === 0;
  });
  inbox.on('conversation.opened', ({ conversation_id }) => {
    $('conversation-id').value = String(conversation_id);
  });
  inbox.on('message.sent', ({ conversation_id }) =>
    addToTimeline(`Message sent from the inbox (conversation ${conversation_id})`),
  );
  inbox.on('message.received', ({ conversation_id }) =>
    addToTimeline(`Customer message received (conversation ${conversation_id})`),
  );
  inbox.on('auth.expired', () =>
    log('note', 'The token expired: paste a new one and press Send token.', undefined, 'warn'),
  );

  // Open the inbox on the contact shown (queued until the app says ready).
  openContact();
}

function openContact() {
  const key = $('contact-key').value;
  const value = { external_id: contact.externalId, phone: contact.phone, email: contact.email }[key];
  run(`open.contact (${key})`, inbox.openContact({ [key]: value }));
}

function wire() {
  const picker = $('contact-picker');
  CONTACTS.forEach((c, i) => picker.add(new Option(`${c.name} · ${c.company}`, String(i))));
  picker.addEventListener('change', () => {
    contact = CONTACTS[Number(picker.value)];
    renderContact();
    if (inbox) openContact();
  });
  CANNED.forEach((t) => $('canned').add(new Option(t.length > 48 ? t.slice(0, 47) + '…' : t, t)));

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-command]');
    if (!button || !inbox) return;
    switch (button.dataset.command) {
      case 'open-contact':
        return openContact();
      case 'open-conversation': {
        const id = Number($('conversation-id').value);
        return run('open.conversation', inbox.openConversation(id));
      }
      case 'compose':
        return run('compose', inbox.compose($('canned').value));
      case 'sign-out':
        return run('sign_out', inbox.signOut());
    }
  });
  $('language').addEventListener('change', (e) => {
    if (inbox && e.target.value) run('set.language', inbox.setLanguage(e.target.value));
  });
  $('theme').addEventListener('change', (e) => {
    if (inbox && e.target.value) run('set.theme', inbox.setTheme(e.target.value));
  });
  $('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const token = $('token').value.trim();
    if (inbox && token) run('auth.token', inbox.setToken(token));
  });
  $('log-clear').addEventListener('click', () => $('log').replaceChildren());
}

// ---- Start: embed.js comes from the app's own origin ----------------------------------

$('app-origin').textContent = APP;
renderContact();
wire();
const script = document.createElement('script');
script.src = APP + '/embed.js';
script.onload = start;
script.onerror = () => {
  $('inbox-status').textContent =
    `Could not load ${APP}/embed.js. Is the app running there? ` +
    'Set its URL with ?app=… in this page’s address.';
  log('note', `${APP}/embed.js did not load`, undefined, 'error');
};
document.head.append(script);
