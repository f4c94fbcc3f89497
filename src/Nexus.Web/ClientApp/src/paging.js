// "Show more" for a list the server pages: each click fetches the page after the items already
// shown and puts their elements in before the button, until the server says nothing more follows.
import { h, mount } from './dom.js';
import { failure } from './format.js';

/**
 * shown: how many items the list holds; label(shown): the button's text; page(shown): a promise of
 * the next page ({items, has_more}); render(item): an item's element; tag: the button's container
 * ('li' inside a list).
 */
export function moreButton({ shown, label, page, render, tag = 'div' }) {
  const status = h('span', { class: 'status' });
  const button = h('button', {
    class: 'button secondary', type: 'button',
    onclick: async () => {
      button.disabled = true;
      try {
        const next = await page(shown);
        for (const item of next.items) box.before(render(item));
        shown += next.items.length;
        if (next.has_more && next.items.length > 0) {
          button.textContent = label(shown);
          button.disabled = false;
        } else {
          box.remove();
        }
      } catch (error) {
        mount(status, failure(error));
        button.disabled = false;
      }
    },
  }, label(shown));
  const box = h(tag, { class: 'more' }, button, ' ', status);
  return box;
}
