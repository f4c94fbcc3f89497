// The only way the UI makes DOM: every string becomes a text node or an attribute value, never
// markup. Document text, names and evidence are data from scraped pages; nothing here parses them.

/**
 * h('a', { href: '#/x', class: 'link', onclick: fn }, 'text', child, [more])
 * Attributes whose name starts with "on" must be functions and become listeners.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) {
      if (typeof value !== 'function') throw new TypeError(`${name} must be a function`);
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'href' && !safeHref(String(value))) {
      throw new TypeError('only local links are made');
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function safeHref(href) {
  return href.startsWith('#') || href.startsWith('/');
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export function mount(el, ...children) {
  clear(el);
  return append(el, children);
}

/** A text with [start, end) spans wrapped in <mark>. */
export function highlighted(text, spans) {
  const parts = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(text.slice(at, start), h('mark', null, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
