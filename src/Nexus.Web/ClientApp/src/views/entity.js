import { h, mount } from '../dom.js';
import { get, post, follow, enc } from '../api.js';
import { claimCard } from '../claims.js';
import { moreButton } from '../paging.js';
import { entityPicker } from '../pickers.js';
import { count, typeBadge, modalityBadge, gradeBadge, words, loading, failure, entityLink } from '../format.js';

// `#/entity/ID?per_group=N` opens every group with N claims instead of the server's default.
export async function entity(view, { params: [id], query }) {
  mount(view, loading());
  const [profile, assertions] = await Promise.all([
    get(`/entities/${enc(id)}`, { per_group: query?.get('per_group') }),
    get(`/entities/${enc(id)}/assertions`)]);
  const assertionOf = new Map(assertions.flatMap((a) => a.claim_ids.map((c) => [c, a])));
  const byPredicate = Map.groupBy(assertions, (a) => a.predicate);
  const reload = () => entity(view, { params: [id], query });
  const mix = (modalities) => modalities.map((m) => [modalityBadge(m.modality), ` ×${m.claims} `]);
  const card = (c) => claimCard(c, { grade: assertionOf.get(c.id)?.grade, onChanged: reload });
  mount(view,
    h('header', { class: 'profile-head' },
      h('div', null,
        h('h1', null, profile.name),
        h('p', null, typeBadge(profile.type, profile.kind), ' ', h('code', { class: 'muted' }, profile.id))),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `#/network?entity=${enc(profile.id)}` }, 'Network'),
        h('a', { class: 'button secondary', href: `#/timeline?entity=${enc(profile.id)}` }, 'Timeline'),
        h('a', { class: 'button secondary', href: `/api/entities/${enc(profile.id)}/brief?format=md`, download: true }, 'Brief (Markdown)'),
        h('a', { class: 'button secondary', href: `/api/entities/${enc(profile.id)}/brief?format=html`, download: true }, 'Brief (HTML)'))),
    h('section', { class: 'facts' },
      fact('Also known as', profile.aliases.length ? profile.aliases.map((a) => h('span', { class: 'chip', title: `from ${a.source}` }, a.name)) : '—'),
      fact('Roles', profile.roles.length ? profile.roles.map((r) => h('span', { class: 'chip role' }, r.role, r.in ? [' · ', entityLink(r.in)] : null, h('span', { class: 'muted' }, ` (${count(r.claims, 'claim')})`))) : '—'),
      fact('External ids', profile.refs.length ? profile.refs.map((r) => h('code', { class: 'chip' }, r)) : '—'),
      profile.coordinates ? fact('Coordinates', `${profile.coordinates.latitude.toFixed(4)}, ${profile.coordinates.longitude.toFixed(4)}`) : null,
      fact('Evidence', `${count(profile.claim_count, 'claim')} in ${count(profile.documents, 'document')}, ${count(assertions.length, 'graded assertion')}`)),
    h('div', { class: 'profile-body' },
      h('nav', { class: 'toc' }, h('h4', null, 'Claims by predicate'),
        profile.groups.map((g) => h('a', { href: `#/entity/${enc(profile.id)}`, onclick: (e) => { e.preventDefault(); document.getElementById(`group-${g.predicate}`)?.scrollIntoView(); } },
          words(g.predicate), h('span', { class: 'muted' }, ` ${g.count}`)))),
      h('div', { class: 'groups' },
        profile.groups.length === 0 ? h('p', { class: 'muted' }, 'No claim names this entity.') : null,
        profile.groups.map((g) => h('section', { class: 'group', id: `group-${g.predicate}` },
          h('h2', null, words(g.predicate), h('span', { class: 'muted' }, ` · ${count(g.count, 'claim')} `), mix(g.modalities)),
          assertionList(byPredicate.get(g.predicate) ?? []),
          g.claims.map(card),
          moreClaims(g, card))),
        curationBox(profile, reload))));
  return null;
}

/**
 * The rest of a group, a page at a time: the profile sends each group's first claims and the link
 * to the page after them, which the button follows, moving its offset past the claims shown.
 */
function moreClaims(group, card) {
  if (!group.next) return null;
  return moreButton({
    shown: group.claims.length,
    label: (shown) => `Show more ${words(group.predicate)} claims (${(group.count - shown).toLocaleString('en')} not shown)`,
    page: (shown) => {
      const link = new URL(group.next, location.origin);
      link.searchParams.set('offset', String(shown));
      return follow(link.pathname + link.search);
    },
    render: card,
  });
}

/** The group's graded assertions: what the claims below add up to. Long lists start folded. */
function assertionList(list) {
  if (list.length === 0) return null;
  return h('details', { class: 'assertions', open: list.length <= 8 },
    h('summary', null, count(list.length, 'graded assertion')),
    h('ul', null, list.map((a) => h('li', { title: a.rationale ?? '' },
      gradeBadge(a.grade), ' ', words(a.statement),
      h('span', { class: 'muted' }, ` · ${count(a.independent_sources, 'independent source')} · ${a.modalities.map((m) => `${m.modality} ${m.claims}`).join(', ')}`),
      a.contested ? [' ', h('span', { class: 'badge negated' }, 'contested')] : null,
      a.ended ? [' ', h('span', { class: 'badge ended', title: 'A later claim says the tie ended' }, `ended ${a.ended}`)] : null))));
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
