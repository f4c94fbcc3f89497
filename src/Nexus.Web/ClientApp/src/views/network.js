import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { drawGraph, addGraph, addPath } from '../graph.js';
import { showEdge, showNode } from '../panels.js';
import { evidenceCard } from '../claims.js';
import { MODALITIES, TYPES, CREDIBILITY, count, loading, failure, words, typeColour, gradeBadge } from '../format.js';

const POSITION = { first: 'in the first group', second: 'in the second group', both: 'in both groups', outside: 'outside both (liaison)' };

export async function network(view, { query }) {
  const focus = query.get('entity');
  const fromDocument = query.get('document');
  const filters = {
    modality: query.getAll('modality'),
    type: query.getAll('type'),
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    depth: query.get('depth') ?? (focus ? '2' : ''),
    minGrade: query.get('min_grade') ?? '',
  };
  // What the server's link analysis (brokers, paths) counts as links: the same filters as the drawing.
  const links = { min_grade: filters.minGrade, modality: filters.modality, type: filters.type };
  mount(view, loading());
  const wanted = query.get('latest') ?? '200';
  const latest = focus || fromDocument || wanted === 'all' ? null : wanted;
  const params = {
    entity: focus, document: fromDocument, latest, depth: focus ? filters.depth : null, modality: filters.modality, type: filters.type,
    from: filters.from, to: filters.to, min_grade: filters.minGrade, limit: query.get('limit') ?? 2000,
  };
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
      h('label', null, 'From '), pathFrom, h('label', null, ' to '), pathTo,
      h('button', { class: 'button secondary', type: 'button', onclick: () => findPaths() }, 'Find paths'),
      h('button', { class: 'button secondary', type: 'button', onclick: () => whoLinks() }, 'Who links them?'),
      h('span', { class: 'sep' }),
      h('button', { class: 'button secondary', type: 'button', onclick: () => { reset(); cy.fit(undefined, 30); } }, 'Reset view'),
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
    // Until the analyst chooses, a path starts at the focus entity and ends somewhere else.
    const start = focus ?? options[0]?.id;
    const defaults = [start, options.find((o) => o.id !== start)?.id];
    [pathFrom, pathTo].forEach((select, i) => {
      const chosen = select.value || defaults[i];
      select.replaceChildren(...options.map((o) => h('option', { value: o.id }, o.name)));
      if (chosen) select.value = chosen;
    });
  };
  refresh();

  function reset() {
    cy.remove(cy.edges('.hop'));
    cy.elements().removeClass('faded path broker');
  }

  /** Runs a server query for the panel: its title while it loads, its answer or the error after. */
  async function ask(title, load, show) {
    reset();
    mount(panel, h('h3', null, title), loading());
    try {
      show(await load());
    } catch (error) {
      mount(panel, h('h3', null, title), failure(error));
    }
  }

  async function expand(node) {
    try {
      const more = await get('/graph', { entity: node.id(), depth: 1, modality: filters.modality, type: filters.type, from: filters.from, to: filters.to, min_grade: filters.minGrade, limit: 500 });
      const added = addGraph(cy, more);
      refresh();
      mount(panel, h('p', null, added ? `Added ${count(added, 'element')} around ${node.data('label')}.` : `${node.data('label')} has no other links under these filters.`));
    } catch (error) {
      mount(panel, failure(error));
    }
  }

  function highlightBrokers() {
    return ask('Brokers', () => get('/brokers', { ...links, from: filters.from, to: filters.to, top: 10 }), (report) =>
      showBrokers(report, 'Brokers', 'Who lies on the most shortest, best-evidenced paths between others: betweenness over the graded assertions under these filters, across the whole store.'));
  }

  function whoLinks() {
    if (!twoChosen()) return;
    const [a, b] = [pathFrom.value, pathTo.value];
    return ask('Who links them?', () => get('/brokers', { ...links, a, b, top: 10 }), (report) =>
      showBrokers(report, `Who links ${report.first.name} and ${report.second.name}`,
        `Each group is the entity and its members; a broker's share is the part of the shortest, best-evidenced paths between the groups' members that runs through it. ${report.first.name}: ${groupNames(report.first_group)}. ${report.second.name}: ${groupNames(report.second_group)}.`));
  }

  function showBrokers(report, title, hint) {
    for (const b of report.brokers) cy.getElementById(b.entity.id).addClass('broker');
    mount(panel, h('h3', null, title), h('p', { class: 'hint' }, hint),
      report.brokers.length === 0 ? h('p', { class: 'muted' }, 'No one else lies on the shortest paths.') :
        h('ol', { class: 'ranked brokers' }, report.brokers.map((b) => h('li', null,
          h('a', { href: `#/entity/${enc(b.entity.id)}` }, b.entity.name),
          h('span', { class: 'muted' }, ` ${(b.share * 100).toFixed(0)}% of pairs (score ${b.score.toFixed(1)})`,
            b.position ? ` · ${POSITION[b.position]}` : '', cy.getElementById(b.entity.id).empty() ? ' · not drawn here' : '')))));
  }

  function findPaths() {
    if (!twoChosen()) return;
    const [from, to] = [pathFrom.value, pathTo.value];
    return ask('Evidence paths', () => get('/paths', { ...links, from, to, k: 3 }), (answer) => {
      if (answer.paths.length === 0) {
        mount(panel, h('h3', null, 'Evidence paths'), h('p', null, `No chain of at most 4 hops links ${answer.from.name} and ${answer.to.name} under these filters.`));
        return;
      }
      drawPath(answer.paths[0]);
      mount(panel, h('h3', null, `Evidence paths: ${answer.from.name} → ${answer.to.name}`),
        h('p', { class: 'hint' }, 'Fewest hops first, then best evidence. A chain is only as good as its weakest link. Click a chain to draw it.'),
        answer.paths.map((path, i) => pathBlock(path, i)));
    });
  }

  function drawPath(path) {
    reset();
    cy.elements().addClass('faded');
    const drawn = addPath(cy, path.entities);
    drawn.removeClass('faded').addClass('path');
    cy.fit(drawn, 60);
    // A short path would fill the canvas; keep its neighbours in sight.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(drawn);
    }
  }

  function pathBlock(path, i) {
    return h('section', { class: 'path-block' },
      h('h4', null,
        h('a', { href: '#', onclick: (event) => { event.preventDefault(); drawPath(path); } }, `${i + 1}. ${path.entities.map((e) => e.name).join(' → ')}`),
        h('span', { class: 'muted' }, ` ${count(path.length, 'hop')}, weakest link `), gradeBadge(path.weakest_grade)),
      h('ol', { class: 'hops' }, path.hops.map((hop) => h('li', { class: 'hop' },
        h('div', { class: 'hop-head' }, `${hop.from.name} — ${hop.to.name} `, gradeBadge(hop.grade)),
        hop.assertions.map((a) => h('div', { class: 'hop-assertion' },
          h('div', { class: 'statement' }, words(a.statement), ' ', gradeBadge(a.grade),
            h('span', { class: 'muted' }, ` · ${count(a.independent_sources, 'independent source')}`)),
          a.evidence.map(evidenceCard)))))));
  }

  function twoChosen() {
    if (pathFrom.value && pathTo.value && pathFrom.value !== pathTo.value) return true;
    mount(panel, h('p', null, 'Choose two different entities.'));
    return false;
  }

  return { dispose: () => cy.destroy() };
}

const groupNames = (group) => group.slice(1).map((e) => e.name).join(', ') || 'no members';

/** "B3" → ["B", "3"]; "3" → ["", "3"]; "B" → ["B", ""]. */
function gradeParts(grade) {
  const letter = /^[A-G]/i.test(grade) ? grade[0].toUpperCase() : '';
  return [letter, grade.slice(letter.length)];
}

function filterBar(filters, focus, fromDocument, latest) {
  const [minLetter, minNumber] = gradeParts(filters.minGrade);
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    if (focus) query.set('entity', focus);
    if (fromDocument) query.set('document', fromDocument);
    for (const [name, value] of data) if (value && !name.startsWith('min_')) query.append(name, value);
    const grade = `${data.get('min_reliability') ?? ''}${data.get('min_credibility') ?? ''}`;
    if (grade) query.set('min_grade', grade);
    location.hash = `#/network?${query}`;
  } },
  h('fieldset', null, h('legend', null, 'Modality'),
    MODALITIES.map((m) => h('label', { class: `check m-${m}` }, h('input', { type: 'checkbox', name: 'modality', value: m, checked: filters.modality.includes(m) }), m))),
  h('fieldset', null, h('legend', null, 'Grade at least'),
    h('select', { name: 'min_reliability', 'aria-label': 'Minimum source reliability' },
      [['', 'any source'], ...['A', 'B', 'C', 'D', 'E', 'F'].map((l) => [l, `source ${l} or better`])]
        .map(([value, label]) => h('option', { value, selected: value === minLetter }, label))),
    h('select', { name: 'min_credibility', 'aria-label': 'Minimum credibility' },
      [['', 'any credibility'], ...Object.entries(CREDIBILITY).map(([n, meaning]) => [n, `${n} ${meaning} or better`])]
        .map(([value, label]) => h('option', { value, selected: value === minNumber }, label)))),
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
