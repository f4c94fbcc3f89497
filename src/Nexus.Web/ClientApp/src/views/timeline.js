import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { entityPicker } from '../pickers.js';
import { evidenceCard } from '../claims.js';
import { gradeBadge, words, loading, count } from '../format.js';

/** The claims of one or more entities (?entity=a&entity=b) in time order, grouped by year, each date with its precision. */
export async function timeline(view, { query }) {
  const ids = query.getAll('entity');
  const picker = entityPicker({ placeholder: 'Add an entity…' });
  const add = h('form', { class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    const picked = picker.value();
    if (!picked) return;
    const next = new URLSearchParams();
    for (const e of [...ids, picked.id]) next.append('entity', e);
    location.hash = `#/timeline?${next}`;
  } }, picker.element, h('button', { class: 'button', type: 'submit' }, 'Add to timeline'));
  if (ids.length === 0) {
    mount(view, h('h1', null, 'Timeline'), h('p', null, 'Choose the entities whose dated claims to line up.'), add);
    return null;
  }
  mount(view, loading());
  const answer = await get('/timeline', { entity: ids, undated: true });
  const dated = answer.entries.filter((e) => e.dated).length;
  const years = Map.groupBy(answer.entries, (e) => e.date?.slice(0, 4) ?? 'No date');
  mount(view,
    h('div', { class: 'page-head' }, h('h1', null, 'Timeline of ', answer.entities.map((e, i) => [i ? ', ' : '', h('a', { href: `#/entity/${enc(e.id)}` }, e.name)])),
      h('span', { class: 'muted' }, `${count(dated, 'dated claim')}; ${count(answer.entries.length - dated, 'claim')} without a date of its own, at its document's publication date`)),
    add,
    h('ol', { class: 'timeline' }, [...years].map(([year, entries]) => h('li', { class: 'year' }, h('h2', null, year),
      h('ol', null, entries.map(entryItem))))));
  return null;
}

function entryItem(entry) {
  const time = entry.claim.time;
  const precision = entry.dated ? `${entry.granularity}${time.qualifier !== 'within' ? ', ' + time.qualifier : ''}` : 'undated';
  return h('li', { class: `event${entry.dated ? '' : ' by-publication'}` },
    h('div', { class: 'when' }, entry.dated ? time.text : `published ${entry.date ?? 'on an unknown date'}`, ' ',
      h('span', { class: 'chip granularity', title: 'How precisely the source gives the date' }, precision)),
    h('div', { class: 'what' }, words(entry.statement), ' ', entry.is_event ? h('span', { class: 'badge likelihood' }, 'event') : null, ' ', gradeBadge(entry.grade)),
    evidenceCard(entry.claim));
}
