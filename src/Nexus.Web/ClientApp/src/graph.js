// The network drawing: entities as nodes coloured by type and sized by evidence, claim groups as
// edges whose line says how the claims are held (solid asserted, dashed reported or alleged, dotted
// assessed or speculative, red denied or negated) and whose width grows with the claim count.
import cytoscape from 'cytoscape';
import { typeColour, words } from './format.js';

const LARGE = 400;

export function elements(graph) {
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.name, type: n.type, claims: n.claims, colour: typeColour(n.type), size: 14 + 7 * Math.log2(n.claims + 1) },
  }));
  const edges = graph.edges.map((e) => {
    const dominant = [...e.modalities].sort((a, b) => b.claims - a.claims)[0]?.modality ?? 'asserted';
    const negative = e.negated > 0 || dominant === 'denied';
    return {
      group: 'edges',
      classes: `m-${dominant}${negative ? ' negative' : ''}${e.modalities.length > 1 ? ' mixed' : ''}`,
      data: {
        id: e.id, source: e.source, target: e.target, predicate: e.predicate, label: words(e.predicate),
        claims: e.claims, documents: e.documents, width: 1.2 + 1.6 * Math.log2(e.claims + 1), edge: e,
      },
    };
  });
  return [...nodes, ...edges];
}

const style = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
    'font-size': 13, 'font-family': 'Inter, system-ui, sans-serif', color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-wrap': 'ellipsis', 'text-max-width': 140, 'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#ffffff',
  } },
  { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#10263d', 'font-weight': 'bold' } },
  { selector: 'node.broker', style: { 'border-width': 4, 'border-color': '#d9a400', 'font-weight': 'bold' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#7d8a99', 'target-arrow-color': '#7d8a99', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
    'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#4a5866', 'text-rotation': 'autorotate',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1, 'min-zoomed-font-size': 9,
  } },
  { selector: 'edge.m-reported, edge.m-alleged', style: { 'line-style': 'dashed' } },
  { selector: 'edge.m-assessed, edge.m-speculative', style: { 'line-style': 'dotted' } },
  { selector: 'edge.m-alleged', style: { 'line-color': '#b7791f', 'target-arrow-color': '#b7791f' } },
  { selector: 'edge.negative', style: { 'line-color': '#c53030', 'target-arrow-color': '#c53030' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.path', style: { 'line-color': '#d9a400', 'target-arrow-color': '#d9a400', 'border-color': '#d9a400', 'border-width': 4, 'z-index': 10 } },
  { selector: ':selected', style: { 'overlay-color': '#2b6cb0', 'overlay-opacity': 0.18, 'overlay-padding': 4 } },
];

// Large graphs draw what stays readable and fast on a CPU canvas: straight "haystack" edges without
// arrows or labels (the panel names the direction), and names only on the best-evidenced entities
// and on those the analyst is looking at.
const largeStyle = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'target-arrow-shape': 'none', width: 1, 'line-style': 'solid' } },
  // Dashes cost a canvas stroke each; at this size colour carries the modality instead.
  { selector: 'edge.m-reported', style: { 'line-color': '#4f7fb0' } },
  { selector: 'edge.m-alleged', style: { 'line-color': '#c58a2a' } },
  { selector: 'edge.m-assessed, edge.m-speculative', style: { 'line-color': '#8b74c0' } },
  { selector: 'edge.negative', style: { 'line-color': '#c53030' } },
  { selector: 'node', style: { label: '', 'border-width': 0 } },
  { selector: 'node.major, node.focus, node.broker, node.path, node:selected', style: { label: 'data(label)', 'text-wrap': 'none' } },
];

const MAJOR = 40;

export function layoutOptions(count) {
  return count > LARGE
    ? { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 3, minNodeSpacing: 6, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, edgeElasticity: () => 80, numIter: 600, randomize: true, padding: 30 };
}

export function drawGraph(container, graph, { focus, onNode, onEdge, onBackground } = {}) {
  const large = graph.nodes.length > LARGE;
  const cy = cytoscape({
    container,
    elements: elements(graph),
    style: large ? [...style, ...largeStyle] : style,
    layout: layoutOptions(graph.nodes.length),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    pixelRatio: large ? 1 : 'auto',
    hideEdgesOnViewport: large,
    textureOnViewport: false,
    motionBlur: false,
  });
  if (focus) cy.getElementById(focus).addClass('focus');
  if (large) cy.nodes().sort((a, b) => b.data('claims') - a.data('claims')).slice(0, MAJOR).addClass('major');
  cy.on('tap', 'node', (event) => onNode?.(event.target));
  cy.on('tap', 'edge', (event) => onEdge?.(event.target));
  cy.on('tap', (event) => { if (event.target === cy) onBackground?.(); });
  return cy;
}

/** Adds what is not drawn yet, then lays out only around the new part. */
export function addGraph(cy, graph) {
  const fresh = elements(graph).filter((el) => cy.getElementById(el.data.id).empty());
  if (fresh.length === 0) return 0;
  cy.add(fresh);
  cy.layout(layoutOptions(cy.nodes().length)).run();
  return fresh.length;
}

/** The top nodes by betweenness in the drawn graph: who sits on the shortest paths between others. */
export function brokers(cy, top = 5) {
  const bc = cy.elements().betweennessCentrality({ directed: false });
  return cy.nodes().map((n) => ({ node: n, score: bc.betweenness(n) }))
    .filter((b) => b.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, top);
}

/** The shortest path between two drawn entities, ignoring edge direction; null when none. */
export function shortestPath(cy, from, to) {
  const result = cy.elements().aStar({ root: cy.getElementById(from), goal: cy.getElementById(to), directed: false });
  return result.found ? result.path : null;
}
