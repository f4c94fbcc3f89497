// An entity picker: a text box suggesting entities by name as the analyst types.
import { h } from './dom.js';
import { get } from './api.js';

let counter = 0;

export function entityPicker({ placeholder = 'Entity name…', name, onPick } = {}) {
  const listId = `entity-options-${++counter}`;
  const list = h('datalist', { id: listId });
  const found = new Map();
  const input = h('input', { type: 'text', list: listId, placeholder, name, autocomplete: 'off', class: 'picker' });
  let pending = 0;
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    if (found.has(text)) { onPick?.(found.get(text)); return; }
    if (text.length < 2) return;
    const mine = ++pending;
    const page = await get('/entities', { query: text, limit: 12 }).catch(() => null);
    if (!page || mine !== pending) return;
    list.replaceChildren(...page.items.map((e) => {
      const label = `${e.name} (${e.type.toLowerCase()})`;
      found.set(label, e);
      return h('option', { value: label });
    }));
  });
  return { element: h('span', { class: 'picker-wrap' }, input, list), value: () => found.get(input.value.trim()) ?? null, input };
}
