// The single-page app: hash routes to views. Each view renders into #view from API data.
import { overview } from './views/overview.js';
import { search } from './views/search.js';
import { entity } from './views/entity.js';
import { network } from './views/network.js';
import { documentView, documents } from './views/document.js';
import { timeline } from './views/timeline.js';
import { map } from './views/map.js';
import { curation } from './views/curation.js';
import { ingest } from './views/ingest.js';
import { mount } from './dom.js';
import { failure } from './format.js';

const routes = [
  [/^\/?$/, overview, 'Overview'],
  [/^\/search$/, search, null],
  [/^\/entity\/(.+)$/, entity, null],
  [/^\/network$/, network, 'Network'],
  [/^\/documents$/, documents, 'Documents'],
  [/^\/document\/(.+)$/, documentView, 'Documents'],
  [/^\/timeline$/, timeline, 'Timeline'],
  [/^\/map$/, map, 'Map'],
  [/^\/curation$/, curation, 'Curation'],
  [/^\/ingest$/, ingest, 'Ingest'],
];

let current = null;

async function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, queryText] = hash.split('?');
  const query = new URLSearchParams(queryText ?? '');
  const view = document.getElementById('view');
  current?.dispose?.();
  current = null;
  for (const [pattern, render, tab] of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('active', link.textContent === tab);
    document.getElementById('search-input').value = path === '/search' ? query.get('q') ?? '' : '';
    try {
      current = await render(view, { params: match.slice(1).map(decodeURIComponent), query });
    } catch (error) {
      mount(view, failure(error));
    }
    window.scrollTo(0, 0);
    return;
  }
  mount(view, failure(new Error('No such page.')));
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
route();
