import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { claimCard } from '../claims.js';
import { count, loading, typeColour } from '../format.js';

export async function documents(view) {
  mount(view, loading());
  const page = await get('/documents', { limit: 200 });
  mount(view, h('h1', null, 'Documents'),
    h('table', { class: 'table card' },
      h('thead', null, h('tr', null, ['Title', 'Publisher', 'Published', 'Reliability', 'Marking', 'Mentions', 'Claims'].map((t) => h('th', null, t)))),
      h('tbody', null, page.items.map((d) => h('tr', null,
        h('td', null, h('a', { href: `#/document/${enc(d.id)}` }, d.title ?? d.id)),
        h('td', null, d.publisher ?? '—'), h('td', null, d.published ?? '—'), h('td', null, d.reliability), h('td', null, d.marking),
        h('td', { class: 'num' }, d.mentions), h('td', { class: 'num' }, d.claims))))));
  return null;
}

export async function documentView(view, { params: [id], query }) {
  mount(view, loading());
  const doc = await get(`/documents/${enc(id)}`);
  const selected = query.get('claim');
  const panel = h('aside', { class: 'panel reader-panel' });
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const showClaims = (ids) => {
    mount(panel, h('h3', null, count(ids.length, 'claim'), ' from this passage'),
      ids.map((cid) => claimCard(byId.get(cid), { onChanged: () => documentView(view, { params: [id], query }) })));
  };
  const text = h('div', { class: 'reader-text', id: 'reader-text' }, segments(doc, selected, showClaims));
  mount(view,
    h('header', { class: 'doc-head' },
      h('h1', null, doc.title ?? 'Untitled document'),
      h('p', { class: 'muted' }, [
        doc.authors.length ? `by ${doc.authors.join(', ')}` : null, doc.publisher, doc.origin ? `originally ${doc.origin}` : null,
        doc.published, `reliability ${doc.reliability}`, doc.marking, `${count(doc.claims.length, 'claim')}`, `${count(doc.mentions.length, 'mention')}`,
      ].filter(Boolean).join(' · ')),
      h('p', { class: 'actions' },
        h('a', { class: 'button secondary', href: `#/network?document=${enc(doc.id)}` }, 'Network of this document'),
        h('code', { class: 'muted' }, doc.id))),
    h('p', { class: 'legend reader-legend' }, h('span', { class: 'claim-span' }, 'claim evidence'), ' — click it for the claims; names link to entities.'),
    h('div', { class: 'reader' }, text, panel));
  if (selected && byId.has(selected)) {
    showClaims([selected]);
    text.querySelector('.claim-span.selected')?.scrollIntoView({ block: 'center' });
  } else {
    mount(panel, h('h3', null, 'Claims'), h('p', { class: 'hint' }, 'Underlined passages carry claims. Click one to read who says what, how surely.'),
      h('ol', { class: 'claim-index' }, doc.claims.map((c) => h('li', null, h('a', { href: `#/document/${enc(doc.id)}?claim=${enc(c.id)}` },
        `${c.subject.name} — ${c.predicate.replaceAll('_', ' ')}${c.object ? ' → ' + c.object.name : ''}`), h('span', { class: 'muted' }, ` ${c.modality}`)))));
  }
  return null;
}

/** The text cut at every mention and claim boundary; each piece is a text node inside plain spans. */
function segments(doc, selected, showClaims) {
  const cuts = new Set([0, doc.text.length]);
  for (const m of doc.mentions) cuts.add(m.start).add(m.end);
  for (const c of doc.claims) cuts.add(c.evidence.start).add(c.evidence.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= doc.text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = doc.text.slice(start, end);
    const mention = doc.mentions.find((m) => m.start <= start && m.end >= end);
    const claims = doc.claims.filter((c) => c.evidence.start <= start && c.evidence.end >= end).map((c) => c.id);
    let node = mention
      ? h('a', {
        class: 'mention', style: `--c:${typeColour(mention.type)}`, title: `${mention.entity_name} (${mention.type.toLowerCase()})`,
        href: mention.entity_id ? `#/entity/${enc(mention.entity_id)}` : `#/search?q=${enc(mention.entity_name)}`,
      }, piece)
      : document.createTextNode(piece);
    if (claims.length) {
      node = h('span', {
        class: `claim-span${claims.includes(selected) ? ' selected' : ''}`,
        onclick: (event) => { if (!event.target.closest('a')) showClaims(claims); },
      }, node);
    }
    pieces.push(node);
  }
  return pieces;
}
