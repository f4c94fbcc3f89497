import { h, mount, highlighted } from '../dom.js';
import { get, enc } from '../api.js';
import { count, typeBadge, loading } from '../format.js';

export async function search(view, { query }) {
  const q = query.get('q') ?? '';
  mount(view, loading(`Searching for “${q}”…`));
  const result = await get('/search', { q, limit: 30 });
  mount(view,
    h('h1', null, 'Results for ', h('q', null, q)),
    h('div', { class: 'columns' },
      h('section', { class: 'card' }, h('h2', null, `Entities (${result.entities.length})`),
        result.entities.length === 0 ? h('p', { class: 'muted' }, 'No entity has this name or alias.') :
          h('ul', { class: 'entity-list' }, result.entities.map((e) => h('li', null,
            h('a', { href: `#/entity/${enc(e.id)}`, class: 'entity-hit' }, e.name),
            ' ', typeBadge(e.type, e.kind),
            e.matched_alias ? h('span', { class: 'muted' }, ` also “${e.matched_alias}”`) : null,
            h('div', { class: 'muted' }, `${count(e.documents, 'document')} · ${count(e.claims, 'claim')}`))))),
      h('section', { class: 'card wide' }, h('h2', null, `Documents${result.documents.has_more ? '' : ` (${result.documents.items.length})`}`),
        result.documents.items.length === 0 ? h('p', { class: 'muted' }, 'No document text matches.') :
          h('ul', { class: 'doc-list' }, result.documents.items.map((d) => h('li', null,
            h('a', { href: `#/document/${enc(d.id)}` }, d.title ?? d.id),
            h('p', { class: 'snippet' }, highlighted(d.snippet, d.highlights))))))));
  return null;
}
