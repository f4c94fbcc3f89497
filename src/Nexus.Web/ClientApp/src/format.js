// Labels, badges and small pieces shared by the views.
import { h } from './dom.js';

export const MODALITIES = ['asserted', 'reported', 'alleged', 'assessed', 'speculative', 'denied'];
export const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'NATIONALITY', 'WEAPON', 'DOCUMENT', 'MONEY', 'VEHICLE', 'MILITARY_PLATFORM'];

export const TYPE_COLOURS = {
  PERSON: '#3b6ea8',
  ORGANIZATION: '#c8742a',
  LOCATION: '#4d8b4a',
  EVENT: '#b8433f',
  NATIONALITY: '#7a6a9c',
  DOCUMENT: '#6b7b8c',
};
export const typeColour = (type) => TYPE_COLOURS[type] ?? '#8a8f98';

export const words = (snake) => String(snake ?? '').replaceAll('_', ' ');

export function typeLabel(type, kind) {
  const t = String(type ?? '').toLowerCase().replaceAll('_', ' ');
  return kind ? `${t} · ${words(kind)}` : t;
}

export const typeBadge = (type, kind) =>
  h('span', { class: 'badge type', style: `--c:${typeColour(type)}` }, typeLabel(type, kind));

export const modalityBadge = (modality) =>
  h('span', { class: `badge modality m-${modality}`, title: MODALITY_HELP[modality] ?? '' }, modality);

export const MODALITY_HELP = {
  asserted: 'The author states it plainly.',
  reported: 'Relayed from others: "reportedly", "according to".',
  alleged: 'An allegation or accusation.',
  assessed: 'A judgement by analysts or officials.',
  speculative: 'Possibility: may, might, could, appears.',
  denied: 'A holder denies it.',
};

export const gradeBadge = (grade) =>
  grade ? h('span', { class: `badge grade g-${String(grade)[1] ?? ''}`, title: 'Admiralty grade: source reliability A–F, credibility 1–6' }, grade) : null;

export function claimDate(claim) {
  if (claim.time) return claim.time.start ?? claim.time.end ?? null;
  return claim.source?.published ?? null;
}

export function dateLabel(claim) {
  if (claim.time) return claim.time.text;
  return claim.source?.published ? `published ${claim.source.published}` : 'undated';
}

export const entityLink = (ref) =>
  ref?.id ? h('a', { href: `#/entity/${encodeURIComponent(ref.id)}`, class: 'entity' }, ref.name) : h('span', { class: 'entity unresolved' }, ref?.name ?? '—');

export function statement(claim) {
  return [
    entityLink(claim.subject),
    ' ',
    h('span', { class: 'predicate' }, claim.polarity === 'negative' ? `not ${words(claim.predicate)}` : words(claim.predicate)),
    claim.object ? [' ', entityLink(claim.object)] : null,
  ];
}

export const holderLine = (claim) => {
  const holder = claim.holder;
  const who = holder.entity?.id ? entityLink(holder.entity) : h('span', { class: 'holder-text' }, holder.text);
  return h('span', { class: 'holder' }, 'according to ', who, h('span', { class: 'muted' }, ` (${words(holder.kind)})`), claim.cue ? h('span', { class: 'muted' }, ` · “${claim.cue}”`) : null);
};

export const count = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many ?? one + 's'}`;

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading' }, text);
}

export function failure(error) {
  return h('div', { class: 'error', role: 'alert' }, error?.message ?? String(error));
}
