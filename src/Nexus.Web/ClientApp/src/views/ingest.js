import { h, mount } from '../dom.js';
import { get, upload } from '../api.js';
import { count, failure } from '../format.js';

export async function ingest(view) {
  const files = h('input', { type: 'file', name: 'files', multiple: true, 'aria-label': 'Files' });
  const marking = h('select', { name: 'marking', 'aria-label': 'Marking' }, ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'].map((m) => h('option', null, m)));
  const reliability = h('select', { name: 'reliability', 'aria-label': 'Reliability' }, ['F', 'A', 'B', 'C', 'D', 'E'].map((l) => h('option', null, l)));
  const publisher = h('input', { type: 'text', name: 'publisher', placeholder: 'Publisher (optional)' });
  const progress = h('progress', { max: 1, value: 0, hidden: true });
  const status = h('div', { class: 'status', role: 'status' });
  let timer = null;
  const poll = async (job) => {
    try {
      const now = await get(`/ingest/${job.id}`);
      progress.max = Math.max(1, now.total);
      progress.value = now.done;
      if (now.state === 'done') {
        mount(status, h('p', null, `Added ${count(now.added, 'document')} with ${count(now.claims, 'claim')}; ${now.already_stored} already stored.`),
          now.failures.map((f) => h('p', { class: 'error' }, `${f.file}: ${f.error}`)),
          h('a', { class: 'button', href: '#/' }, 'See the network'));
      } else if (now.state === 'failed') {
        mount(status, failure(new Error(now.error)));
      } else {
        status.textContent = `${now.state}: ${now.done} of ${now.total} files${now.current ? ' — ' + now.current : ''}`;
        timer = setTimeout(() => poll(job), 400);
      }
    } catch (error) {
      mount(status, failure(error));
    }
  };
  mount(view,
    h('h1', null, 'Ingest'),
    h('p', { class: 'muted' }, 'Text, HTML, PDF, feeds and JSON. Each document is extracted, stored and resolved against the store; a document already stored is skipped.'),
    h('form', { class: 'card stack-form', onsubmit: async (event) => {
      event.preventDefault();
      if (files.files.length === 0) { status.textContent = 'Choose at least one file.'; return; }
      progress.hidden = false;
      try {
        const job = await upload(files.files, { marking: marking.value, reliability: reliability.value, publisher: publisher.value });
        poll(job);
      } catch (error) {
        mount(status, failure(error));
      }
    } },
    files, h('label', null, 'Marking ', marking), h('label', null, 'Source reliability ', reliability), publisher,
    h('button', { class: 'button', type: 'submit' }, 'Ingest'), progress, status));
  return { dispose: () => clearTimeout(timer) };
}
