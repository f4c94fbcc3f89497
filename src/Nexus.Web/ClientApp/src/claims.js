// A claim as the analyst reads it: the statement, how surely and according to whom, when and
// where, and the exact sentence it came from with a link into the document.
import { h } from './dom.js';
import { post, enc } from './api.js';
import { modalityBadge, gradeBadge, statement, holderLine, dateLabel, entityLink, words } from './format.js';

export function claimCard(claim, { grade, onChanged } = {}) {
  const qualifiers = [
    claim.role && ['role', claim.role],
    claim.item && ['item', claim.item],
    claim.kinds?.length && ['kind', claim.kinds.map(words).join(', ')],
    claim.count && ['count', String(claim.count)],
    claim.place && ['place', entityLink(claim.place)],
  ].filter(Boolean);
  const card = h('article', { class: `claim${claim.rejected ? ' rejected' : ''}`, dataset: { claim: claim.id } },
    h('div', { class: 'claim-head' },
      h('span', { class: 'statement' }, statement(claim)),
      h('span', { class: 'badges' },
        modalityBadge(claim.modality),
        claim.polarity === 'negative' ? h('span', { class: 'badge negated' }, 'negated') : null,
        claim.likelihood ? h('span', { class: 'badge likelihood' }, claim.likelihood) : null,
        gradeBadge(grade),
        claim.rejected ? h('span', { class: 'badge rejected' }, 'rejected by analyst') : null)),
    h('div', { class: 'claim-meta' },
      holderLine(claim),
      h('span', { class: 'when' }, dateLabel(claim)),
      qualifiers.map(([k, v]) => h('span', { class: 'qualifier' }, h('span', { class: 'muted' }, k + ' '), v))),
    h('blockquote', { class: 'evidence' }, claim.evidence.text),
    h('div', { class: 'claim-foot' },
      h('a', { href: `#/document/${enc(claim.source.document)}?claim=${enc(claim.id)}`, class: 'source' },
        claim.source.title ?? claim.source.document, claim.source.publisher ? ` — ${claim.source.publisher}` : '', claim.source.published ? ` · ${claim.source.published}` : ''),
      h('span', { class: 'muted confidence' }, `extraction ${Math.round(claim.confidence * 100)}%`),
      curateButton(claim, onChanged)));
  return card;
}

function curateButton(claim, onChanged) {
  const rejecting = !claim.rejected;
  return h('button', {
    class: 'link-button',
    type: 'button',
    title: rejecting ? 'Mark this claim as wrongly extracted (audited, reversible)' : 'Restore this claim',
    onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        await post('/curations', { action: rejecting ? 'reject_claim' : 'confirm_claim', targets: [claim.id], reason: rejecting ? 'rejected in the web UI' : 'restored in the web UI' });
        onChanged?.();
      } catch (error) {
        button.textContent = error.message;
      }
    },
  }, rejecting ? 'Reject claim' : 'Restore claim');
}
