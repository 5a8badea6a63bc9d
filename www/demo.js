// The demo's simulated help desk and clock. It drives the element only
// through its public interface: attributes, methods and events.
const el = document.querySelector('service-promises');
await customElements.whenDefined('service-promises');
const log = document.getElementById('event-log');
const clock = document.getElementById('demo-clock');
let seq = 1000;
const open = { reply: [], refund: [] };

function now() {
  const fixed = el.getAttribute('now');
  return fixed ? new Date(fixed) : new Date();
}

function show() {
  const t = now();
  clock.textContent = t.toLocaleString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin',
  }) + ' in Berlin' + (el.hasAttribute('now') ? '' : ' (real time)');
  showRecord();
}

const own = document.getElementById('own-record');

// This visitor's own record, as status() gives it, beside the team's public
// record that the widget fetched from record-url.
function showRecord() {
  const { kept, total } = el.status().record;
  own.textContent = total === 0
    ? 'Your record with us: no promise decided yet.'
    : `Your record with us: ${kept} of ${total} promises kept. The team's public record over the last 30 days is in the widget.`;
}

function note(text) {
  const li = document.createElement('li');
  li.textContent = text;
  log.prepend(li);
  while (log.children.length > 8) log.lastChild.remove();
}

function attempt(fn) {
  try { fn(); } catch (e) { note(`Error: ${e.message}`); }
}

const actions = {
  email: () => attempt(() => {
    const id = `T-${++seq}`;
    const { due } = el.track({ id, kind: 'reply', channel: 'email' });
    open.reply.push(id);
    note(`You emailed us (${id}); due ${new Date(due).toUTCString()}`);
  }),
  chat: () => attempt(() => {
    const id = `C-${++seq}`;
    el.track({ id, kind: 'reply', channel: 'chat' });
    open.reply.push(id);
    note(`You started a chat (${id})`);
  }),
  reply: () => attempt(() => {
    const id = open.reply.find((i) => !el.status().promises.find((p) => p.id === i)?.fulfilledAt);
    if (!id) return note('No request is waiting for a reply.');
    el.fulfil(id);
    note(`The team replied to ${id}`);
  }),
  solve: () => attempt(() => {
    const id = open.reply.find((i) => {
      const p = el.status().promises.find((q) => q.id === i);
      return p && p.fulfilledAt && !p.resolvedAt;
    });
    if (!id) return note('No replied request to mark solved.');
    el.resolve(id);
    note(`${id} marked solved; the follow-up comes after 3 days`);
  }),
  'return': () => attempt(() => {
    const id = `R-${++seq}`;
    el.track({ id, kind: 'refund' });
    open.refund.push(id);
    note(`Your return arrived (${id})`);
  }),
  refund: () => attempt(() => {
    const id = open.refund.find((i) => !el.status().promises.find((p) => p.id === i)?.fulfilledAt);
    if (!id) return note('No refund is waiting.');
    el.fulfil(id);
    note(`Refund issued for ${id}`);
  }),
};

function advance(ms) {
  el.setAttribute('now', new Date(now().getTime() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  show();
}

document.getElementById('desk').addEventListener('click', (e) => {
  const b = e.target.closest('button');
  if (!b) return;
  if (b.dataset.action) actions[b.dataset.action]();
  if (b.dataset.advance) advance(Number(b.dataset.advance) * 60_000);
  if (b.dataset.real !== undefined) { el.removeAttribute('now'); show(); }
});

// The clock line follows the element's `now`, however it is set (these
// buttons, or any other script), and the real time as it passes.
new MutationObserver(show).observe(el, { attributes: true, attributeFilter: ['now'] });
setInterval(show, 15_000);

for (const name of ['promise-kept', 'promise-at-risk', 'promise-broken', 'follow-up-answer', 'config-error']) {
  el.addEventListener(name, (e) => note(`event ${name}: ${JSON.stringify(e.detail)}`));
}
// The record changes when a promise is decided, and when one is forgotten
// or reopened: read it again after every event and every button.
for (const name of ['promise-kept', 'promise-broken', 'follow-up-answer']) el.addEventListener(name, () => queueMicrotask(showRecord));
document.getElementById('desk').addEventListener('click', () => queueMicrotask(showRecord));
show();
