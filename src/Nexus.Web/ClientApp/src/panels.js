// Side panels of the graph views: the claims behind an edge, and a node's summary.
import { h, mount } from './dom.js';
import { get, enc } from './api.js';
import { claimCard } from './claims.js';
import { count, loading, failure, typeBadge, words, modalityBadge } from './format.js';

export async function showEdge(panel, edge) {
  const data = edge.data();
  const source = edge.source().data('label');
  const target = edge.target().data('label');
  mount(panel, h('h3', null, `${source} — ${words(data.predicate)} → ${target}`), loading());
  try {
    const claims = await get('/graph/edge', { source: data.source, predicate: data.predicate, target: data.target });
    mount(panel,
      h('h3', null, source, h('span', { class: 'predicate' }, ` ${words(data.predicate)} `), target),
      h('p', { class: 'muted' }, `${count(claims.length, 'claim')} from ${count(data.edge.documents, 'document')}; `,
        data.edge.modalities.map((m) => [modalityBadge(m.modality), ` ×${m.claims} `])),
      h('div', { class: 'claims' }, claims.map((c) => claimCard(c, { onChanged: () => showEdge(panel, edge) }))));
  } catch (error) {
    mount(panel, failure(error));
  }
}

export function showNode(panel, node, { onExpand } = {}) {
  const data = node.data();
  mount(panel,
    h('h3', null, data.label),
    h('p', null, typeBadge(data.type), ' ', h('span', { class: 'muted' }, `${count(data.claims, 'claim')} drawn · ${count(node.degree(), 'edge')}`)),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: `#/entity/${enc(data.id)}` }, 'Open profile'),
      onExpand ? h('button', { class: 'button secondary', type: 'button', onclick: () => onExpand(node) }, 'Expand neighbours') : null,
      h('a', { class: 'button secondary', href: `#/timeline?entity=${enc(data.id)}` }, 'Timeline')),
    h('p', { class: 'hint' }, 'Click an edge to read the claims behind it, with their evidence.'));
}
