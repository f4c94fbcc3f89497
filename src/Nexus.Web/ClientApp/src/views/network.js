import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { drawGraph, addGraph, brokers, shortestPath } from '../graph.js';
import { showEdge, showNode } from '../panels.js';
import { MODALITIES, TYPES, count, loading, failure, words, typeColour } from '../format.js';

export async function network(view, { query }) {
  const focus = query.get('entity');
  const fromDocument = query.get('document');
  const filters = {
    modality: query.getAll('modality'),
    type: query.getAll('type'),
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    depth: query.get('depth') ?? (focus ? '2' : ''),
  };
  mount(view, loading());
  const wanted = query.get('latest') ?? '200';
  const latest = focus || fromDocument || wanted === 'all' ? null : wanted;
  const params = { entity: focus, document: fromDocument, latest, depth: focus ? filters.depth : null, modality: filters.modality, type: filters.type, from: filters.from, to: filters.to, limit: query.get('limit') ?? 2000 };
  const [graph, entity] = await Promise.all([get('/graph', params), focus ? get(`/entities/${enc(focus)}`) : null]);

  const canvas = h('div', { class: 'graph tall', id: 'network-graph' });
  const panel = h('aside', { class: 'panel' }, h('p', { class: 'hint' }, 'Click an edge to see the claims behind it. Click an entity for its profile or to expand its neighbours.'));
  const info = h('span', { class: 'muted' });
  const pathFrom = h('select', { 'aria-label': 'Path from' });
  const pathTo = h('select', { 'aria-label': 'Path to' });
  mount(view,
    h('div', { class: 'page-head' },
      h('h1', null, entity ? ['Network of ', h('a', { href: `#/entity/${enc(entity.id)}` }, entity.name)] : fromDocument ? ['Network of ', h('a', { href: `#/document/${enc(fromDocument)}` }, 'one document')] : latest ? `Network of the latest ${latest} documents` : 'Network of the whole store'), info),
    filterBar(filters, focus, fromDocument, latest),
    h('div', { class: 'toolbar' },
      h('button', { class: 'button secondary', type: 'button', onclick: () => highlightBrokers() }, 'Highlight brokers'),
      h('span', { class: 'sep' }),
      h('label', null, 'Path from '), pathFrom, h('label', null, ' to '), pathTo,
      h('button', { class: 'button secondary', type: 'button', onclick: () => findPath() }, 'Find path'),
      h('span', { class: 'sep' }),
      h('button', { class: 'button secondary', type: 'button', onclick: () => { cy.elements().removeClass('faded path broker'); cy.fit(undefined, 30); } }, 'Reset view'),
      legend()),
    h('div', { class: 'graph-layout' }, canvas, panel));

  if (graph.nodes.length === 0) {
    mount(canvas, h('p', { class: 'empty-graph' }, 'No claim links entities under these filters.'));
    return null;
  }
  const cy = drawGraph(canvas, graph, {
    focus,
    onNode: (node) => showNode(panel, node, { onExpand: expand }),
    onEdge: (edge) => showEdge(panel, edge),
  });
  const refresh = () => {
    info.textContent = `${count(cy.nodes().length, 'entity', 'entities')}, ${count(cy.edges().length, 'link')}${graph.truncated ? ' — best-evidenced links only' : ''}`;
    const options = cy.nodes().map((n) => ({ id: n.id(), name: n.data('label') })).sort((a, b) => a.name.localeCompare(b.name));
    for (const select of [pathFrom, pathTo]) {
      const chosen = select.value;
      select.replaceChildren(...options.map((o) => h('option', { value: o.id }, o.name)));
      if (chosen) select.value = chosen;
    }
  };
  refresh();

  async function expand(node) {
    try {
      const more = await get('/graph', { entity: node.id(), depth: 1, modality: filters.modality, type: filters.type, from: filters.from, to: filters.to, limit: 500 });
      const added = addGraph(cy, more);
      refresh();
      mount(panel, h('p', null, added ? `Added ${count(added, 'element')} around ${node.data('label')}.` : `${node.data('label')} has no other links under these filters.`));
    } catch (error) {
      mount(panel, failure(error));
    }
  }

  function highlightBrokers() {
    cy.elements().removeClass('broker faded path');
    const top = brokers(cy);
    for (const b of top) b.node.addClass('broker');
    mount(panel, h('h3', null, 'Brokers in this view'),
      h('p', { class: 'hint' }, 'Entities on the most shortest paths between others (betweenness), computed over the links drawn here.'),
      top.length === 0 ? h('p', { class: 'muted' }, 'No entity links others here.') :
        h('ol', { class: 'ranked' }, top.map((b) => h('li', null, h('a', { href: `#/entity/${enc(b.node.id())}` }, b.node.data('label')), h('span', { class: 'muted' }, ` ${b.score.toFixed(1)}`)))));
  }

  function findPath() {
    cy.elements().removeClass('faded path broker');
    const path = pathFrom.value && pathTo.value && pathFrom.value !== pathTo.value ? shortestPath(cy, pathFrom.value, pathTo.value) : null;
    if (!path) {
      mount(panel, h('p', null, 'No path links these two entities in this view. Expand neighbours or widen the filters.'));
      return;
    }
    cy.elements().addClass('faded');
    path.removeClass('faded').addClass('path');
    cy.fit(path, 60);
    mount(panel, h('h3', null, `Path: ${count(path.edges().length, 'hop')}`),
      h('ol', { class: 'hops' }, path.edges().map((e) => h('li', null,
        h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); showEdge(panel, e); } },
          `${e.source().data('label')} — ${words(e.data('predicate'))} → ${e.target().data('label')}`),
        h('span', { class: 'muted' }, ` ${count(e.data('claims'), 'claim')}`)))),
      h('p', { class: 'hint' }, 'Click a hop to read its claims; each keeps its holder and modality.'));
  }

  return { dispose: () => cy.destroy() };
}

function filterBar(filters, focus, fromDocument, latest) {
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    if (focus) query.set('entity', focus);
    if (fromDocument) query.set('document', fromDocument);
    for (const [name, value] of data) if (value) query.append(name, value);
    location.hash = `#/network?${query}`;
  } },
  h('fieldset', null, h('legend', null, 'Modality'),
    MODALITIES.map((m) => h('label', { class: `check m-${m}` }, h('input', { type: 'checkbox', name: 'modality', value: m, checked: filters.modality.includes(m) }), m))),
  h('fieldset', null, h('legend', null, 'Entity type'),
    TYPES.slice(0, 5).map((t) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: t, checked: filters.type.includes(t) }),
      h('span', { class: 'dot', style: `background:${typeColour(t)}` }), t.toLowerCase()))),
  h('fieldset', null, h('legend', null, 'Date'),
    h('input', { type: 'date', name: 'from', value: filters.from, 'aria-label': 'From' }), ' – ',
    h('input', { type: 'date', name: 'to', value: filters.to, 'aria-label': 'To' })),
  !focus && !fromDocument ? h('fieldset', null, h('legend', null, 'Documents'),
    h('select', { name: 'latest' }, [['50', 'latest 50'], ['200', 'latest 200'], ['1000', 'latest 1,000'], ['all', 'whole store']]
      .map(([value, label]) => h('option', { value, selected: (latest ?? 'all') === value }, label)))) : null,
  focus ? h('fieldset', null, h('legend', null, 'Depth'),
    h('select', { name: 'depth' }, ['1', '2'].map((d) => h('option', { value: d, selected: filters.depth === d }, d === '1' ? 'direct links' : 'two hops')))) : null,
  h('button', { class: 'button', type: 'submit' }, 'Apply'));
  return form;
}

function legend() {
  return h('span', { class: 'legend' },
    h('span', { class: 'line solid' }), 'asserted ', h('span', { class: 'line dashed' }), 'reported / alleged ',
    h('span', { class: 'line dotted' }), 'assessed / speculative ', h('span', { class: 'line red' }), 'denied / negated');
}
