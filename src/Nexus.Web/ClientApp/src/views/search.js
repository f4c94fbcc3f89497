import { h, mount, highlighted } from '../dom.js';
import { get, enc } from '../api.js';
import { count, typeBadge, loading } from '../format.js';
import { moreButton } from '../paging.js';

// The first page is small, since every document hit is cut a snippet; "Show more" asks for more at a time.
const FIRST = 10;
const MORE = 30;

export async function search(view, { query }) {
  const q = query.get('q') ?? '';
  mount(view, loading(`Searching for “${q}”…`));
  const result = await get('/search', { q, limit: FIRST });
  const entities = result.entities;
  const documents = result.documents.items;
  mount(view,
    h('h1', null, 'Results for ', h('q', null, q)),
    h('div', { class: 'columns' },
      h('section', { class: 'card' }, h('h2', null, `Entities (${result.more_entities ? `${entities.length}+` : entities.length})`),
        entities.length === 0 ? h('p', { class: 'muted' }, 'No entity has this name or alias.') :
          h('ul', { class: 'entity-list' }, entities.map(entityItem),
            result.more_entities ? moreButton({
              shown: entities.length, tag: 'li', render: entityItem,
              label: () => 'Show more entities',
              page: (shown) => get('/entities', { query: q, offset: shown, limit: MORE }),
            }) : null)),
      h('section', { class: 'card wide' }, h('h2', null, `Documents (${result.matching_documents.toLocaleString('en')})`),
        documents.length === 0 ? h('p', { class: 'muted' }, 'No document text matches.') :
          h('ul', { class: 'doc-list' }, documents.map(documentItem),
            result.documents.has_more ? moreButton({
              shown: documents.length, tag: 'li', render: documentItem,
              label: (shown) => `Show more documents (${(result.matching_documents - shown).toLocaleString('en')} not shown)`,
              page: (shown) => get('/search', { q, offset: shown, limit: MORE }).then((r) => r.documents),
            }) : null))));
  return null;
}

const entityItem = (e) => h('li', null,
  h('a', { href: `#/entity/${enc(e.id)}`, class: 'entity-hit' }, e.name),
  ' ', typeBadge(e.type, e.kind),
  e.matched_alias ? h('span', { class: 'muted' }, ` also “${e.matched_alias}”`) : null,
  h('div', { class: 'muted' }, `${count(e.documents, 'document')} · ${count(e.claims, 'claim')}`));

const documentItem = (d) => h('li', null,
  h('a', { href: `#/document/${enc(d.id)}` }, d.title ?? d.id),
  h('p', { class: 'snippet' }, highlighted(d.snippet, d.highlights)));
