import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { drawGraph } from '../graph.js';
import { showEdge, showNode } from '../panels.js';
import { count, typeBadge, loading } from '../format.js';

export async function overview(view) {
  mount(view, loading());
  const [data, graph] = await Promise.all([get('/overview'), get('/graph', { latest: 50, limit: 200 })]);
  if (data.documents === 0) {
    mount(view, h('section', { class: 'empty' },
      h('h1', null, 'The store is empty'),
      h('p', null, 'Ingest articles, reports or feeds to build the evidence graph.'),
      h('a', { class: 'button', href: '#/ingest' }, 'Ingest documents')));
    return null;
  }
  const canvas = h('div', { class: 'graph', id: 'overview-graph' });
  const panel = h('aside', { class: 'panel' }, h('p', { class: 'hint' }, 'Click an entity or a link. Dashed links are reported or alleged, dotted ones assessed or speculative, red ones denied or negated.'));
  mount(view,
    h('section', { class: 'stats' },
      stat(data.documents, 'documents'), stat(data.entities, 'entities'), stat(data.claims, 'claims'),
      stat(data.mentions, 'mentions'), stat(data.curations, 'curations')),
    h('section', { class: 'card' },
      h('div', { class: 'card-head' }, h('h2', null, 'Network of the latest documents'),
        h('span', { class: 'muted' }, `${count(graph.nodes.length, 'entity', 'entities')}, ${count(graph.edges.length, 'link')}${graph.truncated ? ' (best-evidenced links only)' : ''}`),
        h('a', { class: 'button secondary', href: '#/network' }, 'Open network view')),
      h('div', { class: 'graph-layout' }, canvas, panel)),
    h('div', { class: 'columns' },
      h('section', { class: 'card' }, h('h2', null, 'Most documented entities'),
        h('table', { class: 'table' },
          h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', null, 'Type'), h('th', { class: 'num' }, 'Docs'), h('th', { class: 'num' }, 'Claims'))),
          h('tbody', null, data.top_entities.map((e) => h('tr', null,
            h('td', null, h('a', { href: `#/entity/${enc(e.id)}` }, e.name)), h('td', null, typeBadge(e.type, e.kind)),
            h('td', { class: 'num' }, e.documents), h('td', { class: 'num' }, e.claims)))))),
      h('section', { class: 'card' }, h('h2', null, 'Latest documents'),
        h('ul', { class: 'doc-list' }, data.recent_documents.map((d) => h('li', null,
          h('a', { href: `#/document/${enc(d.id)}` }, d.title ?? d.id),
          h('div', { class: 'muted' }, [d.publisher, d.published, `${d.claims} claims`, `reliability ${d.reliability}`, d.marking].filter(Boolean).join(' · '))))))));
  const cy = drawGraph(canvas, graph, {
    onNode: (node) => showNode(panel, node),
    onEdge: (edge) => showEdge(panel, edge),
  });
  return { dispose: () => cy.destroy() };
}

const stat = (n, label) => h('div', { class: 'stat' }, h('strong', null, n.toLocaleString('en')), h('span', null, label));
