import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { entityPicker } from '../pickers.js';
import { words, loading, failure } from '../format.js';

export async function curation(view) {
  mount(view, loading());
  const trail = await get('/curations');
  const reload = () => curation(view);
  const status = h('p', { class: 'status', role: 'status' });
  const submit = (body) => async (event) => {
    event.preventDefault();
    status.textContent = 'Saving…';
    try {
      await post('/curations', body());
      reload();
    } catch (error) {
      mount(status, failure(error));
    }
  };
  const a = entityPicker({ placeholder: 'First entity…' });
  const b = entityPicker({ placeholder: 'Second entity…' });
  const mergeReason = h('input', { type: 'text', placeholder: 'Why they are one (for the audit trail)' });
  const publisher = h('input', { type: 'text', placeholder: 'Publisher, e.g. The Asian Age', 'aria-label': 'Publisher' });
  const letter = h('select', { 'aria-label': 'Reliability' }, ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((l) => h('option', { value: l }, `${l} — ${RELIABILITY[l]}`)));
  mount(view,
    h('h1', null, 'Curation'),
    h('p', { class: 'muted' }, 'Decisions take effect at once, are replayed after every ingest, and stay in the audit trail below. Reject or restore claims from any claim card.'),
    h('div', { class: 'columns' },
      h('section', { class: 'card' }, h('h2', null, 'Merge entities'),
        h('form', { class: 'stack-form', onsubmit: submit(() => ({ action: 'merge', targets: [a.value()?.id ?? '', b.value()?.id ?? ''], reason: mergeReason.value })) },
          a.element, b.element, mergeReason, h('button', { class: 'button', type: 'submit' }, 'Merge'))),
      h('section', { class: 'card' }, h('h2', null, 'Grade a source'),
        h('form', { class: 'stack-form', onsubmit: submit(() => ({ action: 'grade_source', targets: [publisher.value], value: letter.value })) },
          publisher, letter, h('button', { class: 'button', type: 'submit' }, 'Grade')))),
    status,
    h('section', { class: 'card' }, h('h2', null, 'Audit trail'),
      trail.length === 0 ? h('p', { class: 'muted' }, 'No decision yet.') :
        h('table', { class: 'table' },
          h('thead', null, h('tr', null, ['When', 'Action', 'Targets', 'Value', 'Reason', 'Analyst'].map((t) => h('th', null, t)))),
          h('tbody', null, trail.map((c) => h('tr', null,
            h('td', null, new Date(c.at).toISOString().replace('T', ' ').slice(0, 19)), h('td', null, words(c.action)),
            h('td', null, h('code', null, c.targets.join(', '))), h('td', null, c.value ?? ''), h('td', null, c.reason ?? ''), h('td', null, c.analyst ?? '')))))));
  return null;
}

const RELIABILITY = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable',
  E: 'unreliable', F: 'cannot be judged', G: 'deliberately deceptive',
};
