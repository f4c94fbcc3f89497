// Located entities and events over Natural Earth country shapes (world-atlas, served by this
// server): no tiles, nothing fetched from elsewhere.
import L from 'leaflet';
import { feature } from 'topojson-client';
import { h, mount } from '../dom.js';
import { get, enc } from '../api.js';
import { typeColour, words, count, loading } from '../format.js';

export async function map(view) {
  mount(view, loading());
  const [data, world] = await Promise.all([get('/map'), fetch('/countries-50m.json').then((r) => r.json())]);
  const canvas = h('div', { class: 'map', id: 'map' });
  mount(view,
    h('div', { class: 'page-head' }, h('h1', null, 'Map'),
      h('span', { class: 'muted' }, `${count(data.places.length, 'located entity', 'located entities')}, ${count(data.events.length, 'located claim')}`)),
    canvas);
  const leaflet = L.map(canvas, { worldCopyJump: true, zoomSnap: 0.5, attributionControl: true }).setView([30, 60], 3);
  leaflet.attributionControl.setPrefix(false).addAttribution('Natural Earth');
  L.geoJSON(feature(world, world.objects.countries), {
    style: { color: '#9aa7b4', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 },
  }).addTo(leaflet);
  const bounds = [];
  for (const place of data.places) {
    const events = data.events.filter((e) => e.place === place.id);
    const marker = L.circleMarker([place.latitude, place.longitude], {
      radius: 5 + Math.min(10, events.length * 2), color: '#ffffff', weight: 1, fillColor: typeColour(place.type), fillOpacity: 0.9,
    }).addTo(leaflet);
    marker.bindTooltip(place.name);
    marker.bindPopup(() => h('div', { class: 'popup' },
      h('strong', null, h('a', { href: `#/entity/${enc(place.id)}` }, place.name)),
      h('div', { class: 'muted' }, words(place.kind ?? place.type.toLowerCase())),
      events.length ? h('ul', null, events.slice(0, 8).map((e) => h('li', null,
        h('a', { href: `#/document/${enc(e.claim.split('#')[0])}?claim=${enc(e.claim)}` }, `${e.subject} ${words(e.predicate)}${e.object ? ' ' + e.object : ''}`),
        h('span', { class: 'muted' }, ` · ${e.modality}${e.polarity === 'negative' ? ' · negated' : ''}${e.when ? ' · ' + e.when : ''}`)))) : null));
    bounds.push([place.latitude, place.longitude]);
  }
  if (bounds.length) leaflet.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
  return { dispose: () => leaflet.remove() };
}
