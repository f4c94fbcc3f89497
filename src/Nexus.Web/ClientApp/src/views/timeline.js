import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { entityPicker } from '../pickers.js';
import { modalityBadge, statement, holderLine, claimDate, dateLabel, loading, count } from '../format.js';

/** Dated claims of one or more entities (?entity=a&entity=b), oldest first, grouped by year. */
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
  const profiles = await Promise.all(ids.map((id) => get(`/entities/${enc(id)}`)));
  const seen = new Set();
  const events = [];
  for (const p of profiles) {
    for (const c of p.groups.flatMap((g) => g.claims)) {
      if (seen.has(c.id) || c.rejected) continue;
      seen.add(c.id);
      events.push({ claim: c, date: claimDate(c), own: Boolean(c.time) });
    }
  }
  const dated = events.filter((e) => e.date).sort((a, b) => a.date.localeCompare(b.date));
  const years = Map.groupBy(dated, (e) => e.date.slice(0, 4));
  mount(view,
    h('div', { class: 'page-head' }, h('h1', null, 'Timeline of ', profiles.map((p, i) => [i ? ', ' : '', h('a', { href: `#/entity/${enc(p.id)}` }, p.name)])),
      h('span', { class: 'muted' }, `${count(dated.length, 'dated claim')}; claims without a date of their own sit at their document's publication date`)),
    add,
    h('ol', { class: 'timeline' }, [...years].map(([year, items]) => h('li', { class: 'year' }, h('h2', null, year),
      h('ol', null, items.map(({ claim, own }) => h('li', { class: `event${own ? '' : ' by-publication'}` },
        h('div', { class: 'when' }, dateLabel(claim), claim.time ? h('span', { class: 'muted' }, ` (${claim.time.granularity}${claim.time.qualifier !== 'within' ? ', ' + claim.time.qualifier : ''})`) : null),
        h('div', { class: 'what' }, statement(claim), ' ', modalityBadge(claim.modality)),
        h('div', { class: 'who muted' }, holderLine(claim)),
        h('a', { class: 'evidence-link', href: `#/document/${enc(claim.source.document)}?claim=${enc(claim.id)}` }, `“${claim.evidence.text}”`))))))));
  return null;
}
