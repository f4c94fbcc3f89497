import { h, mount } from '../dom.js';
import { get, post, enc } from '../api.js';
import { claimCard } from '../claims.js';
import { entityPicker } from '../pickers.js';
import { count, typeBadge, modalityBadge, words, loading, failure, entityLink } from '../format.js';

export async function entity(view, { params: [id] }) {
  mount(view, loading());
  const profile = await get(`/entities/${enc(id)}`);
  const reload = () => entity(view, { params: [id] });
  const mix = (claims) => {
    const counts = {};
    for (const c of claims) counts[c.modality] = (counts[c.modality] ?? 0) + 1;
    return Object.entries(counts).map(([m, n]) => [modalityBadge(m), ` ×${n} `]);
  };
  mount(view,
    h('header', { class: 'profile-head' },
      h('div', null,
        h('h1', null, profile.name),
        h('p', null, typeBadge(profile.type, profile.kind), ' ', h('code', { class: 'muted' }, profile.id))),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `#/network?entity=${enc(profile.id)}` }, 'Network'),
        h('a', { class: 'button secondary', href: `#/timeline?entity=${enc(profile.id)}` }, 'Timeline'))),
    h('section', { class: 'facts' },
      fact('Also known as', profile.aliases.length ? profile.aliases.map((a) => h('span', { class: 'chip', title: `from ${a.source}` }, a.name)) : '—'),
      fact('Roles', profile.roles.length ? profile.roles.map((r) => h('span', { class: 'chip role' }, r.role, r.in ? [' · ', entityLink(r.in)] : null, h('span', { class: 'muted' }, ` (${count(r.claims, 'claim')})`))) : '—'),
      fact('External ids', profile.refs.length ? profile.refs.map((r) => h('code', { class: 'chip' }, r)) : '—'),
      profile.coordinates ? fact('Coordinates', `${profile.coordinates.latitude.toFixed(4)}, ${profile.coordinates.longitude.toFixed(4)}`) : null,
      fact('Evidence', `${count(profile.claim_count, 'claim')} in ${count(profile.documents, 'document')}`)),
    h('div', { class: 'profile-body' },
      h('nav', { class: 'toc' }, h('h4', null, 'Claims by predicate'),
        profile.groups.map((g) => h('a', { href: `#/entity/${enc(profile.id)}`, onclick: (e) => { e.preventDefault(); document.getElementById(`group-${g.predicate}`)?.scrollIntoView(); } },
          words(g.predicate), h('span', { class: 'muted' }, ` ${g.claims.length}`)))),
      h('div', { class: 'groups' },
        profile.groups.length === 0 ? h('p', { class: 'muted' }, 'No claim names this entity.') : null,
        profile.groups.map((g) => h('section', { class: 'group', id: `group-${g.predicate}` },
          h('h2', null, words(g.predicate), h('span', { class: 'muted' }, ` · ${count(g.claims.length, 'claim')} `), mix(g.claims)),
          g.claims.map((c) => claimCard(c, { onChanged: reload })))),
        curationBox(profile, reload))));
  return null;
}

const fact = (label, value) => h('div', { class: 'fact' }, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value));

function curationBox(profile, reload) {
  const status = h('p', { class: 'status' });
  const picker = entityPicker({ placeholder: 'Another entity that is the same…' });
  const rename = h('input', { type: 'text', value: profile.name, 'aria-label': 'New name' });
  const run = (body, next) => async (event) => {
    event.preventDefault();
    status.textContent = 'Saving…';
    try {
      const result = await post('/curations', body());
      status.textContent = 'Saved and applied.';
      next(result);
    } catch (error) {
      mount(status, failure(error));
    }
  };
  return h('section', { class: 'card curation-box' }, h('h2', null, 'Curate'),
    h('form', { class: 'inline-form', onsubmit: run(() => ({ action: 'merge', targets: [profile.id, picker.value()?.id ?? ''], reason: 'merged in the web UI' }),
      (r) => { location.hash = `#/entity/${enc(r.entity ?? profile.id)}`; }) },
      h('label', null, 'Merge with '), picker.element, h('button', { class: 'button', type: 'submit' }, 'Merge')),
    h('form', { class: 'inline-form', onsubmit: run(() => ({ action: 'rename', targets: [profile.id], value: rename.value }),
      (r) => { if (r.entity && r.entity !== profile.id) location.hash = `#/entity/${enc(r.entity)}`; else reload(); }) },
      h('label', null, 'Rename to '), rename, h('button', { class: 'button secondary', type: 'submit' }, 'Rename')),
    status);
}
