// The "N items removed" line under the article: per-category counts, a list of
// what the core removed (category, text preview, Restore), and restoring a
// block into the article at the place it was found. Restores are remembered
// per site (hostname + rule + text hash) and re-applied on the next visit.

import * as fragment from './fragment.js';
import * as format from './format.js';
import {settings} from '../shared/settings.js';

// Insert `block` where removal `index` stood: before the anchor block of the
// original content, after restored blocks of lower index at the same anchor.
function insertAtAnchor(blocksParent, anchors, block, removal) {
  const anchor = removal.anchor >= 0 && removal.anchor < anchors.length ? anchors[removal.anchor] : null;
  if (!anchor || anchor.parentNode !== blocksParent) {
    blocksParent.append(block);
    return;
  }
  let before = anchor;
  while (before.previousElementSibling?.dataset?.rmRestored !== undefined &&
         Number(before.previousElementSibling.dataset.rmRestored) > removal.index) {
    before = before.previousElementSibling;
  }
  blocksParent.insertBefore(block, before);
}

function build({result, blocksParent, hostname, h, status, restoredKeys}) {
  const removed = Array.isArray(result.removed) ? result.removed : [];
  // The top-level blocks as the core numbered them, before anything is added.
  const anchors = [...blocksParent.children];
  const restoredBlocks = new Map();  // removal index -> inserted element

  // The same markup as the core's standalone page (core/reader_page.cpp).
  const counts = format.categorySummary(removed);
  const toggle = h('summary', {class: 'rm-removed-toggle'},
                   h('span', {class: 'rm-removed-count'}, format.removedSummary(removed.length)),
                   counts ? h('span', {class: 'rm-removed-cats'}, counts) : null);
  const list = h('ul', {class: 'rm-removed-list', 'aria-label': format.text('removedList')});
  const element = removed.length
    ? h('details', {class: 'rm-removed'}, toggle, list)
    : h('p', {class: 'rm-removed-none'}, format.removedSummary(0));

  // Only the person's own clicks (event.isTrusted): a page script's
  // synthetic click must not reveal the list (it would open <details>).
  toggle.addEventListener('click', (event) => {
    if (!event.isTrusted) event.preventDefault();
  });

  function restore(removal, button, remember) {
    const block = h('div', {class: 'rm-restored', 'data-rm-restored': removal.index, 'data-rm-anchor': removal.anchor,
                            'aria-label': `Restored ${format.categoryLabel(removal.category)}`, role: 'group'});
    block.append(fragment.parse(removal.html || ''));
    insertAtAnchor(blocksParent, anchors, block, removal);
    restoredBlocks.set(removal.index, block);
    button.textContent = 'Hide again';
    button.closest('li')?.classList.add('rm-is-restored');
    if (remember) {
      settings.setRestored(hostname, settings.restoreKey(removal), true);
      status.textContent = `Restored ${format.categoryLabel(removal.category)}; it will stay on ${hostname}.`;
    }
  }

  function unrestore(removal, button) {
    restoredBlocks.get(removal.index)?.remove();
    restoredBlocks.delete(removal.index);
    button.textContent = 'Restore';
    button.closest('li')?.classList.remove('rm-is-restored');
    settings.setRestored(hostname, settings.restoreKey(removal), false);
    status.textContent = `Removed ${format.categoryLabel(removal.category)} again.`;
  }

  const buttons = new Map();
  for (const removal of removed) {
    const button = h('button', {type: 'button', class: 'rm-restore', 'data-index': removal.index}, 'Restore');
    buttons.set(removal.index, button);
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      if (restoredBlocks.has(removal.index)) unrestore(removal, button); else restore(removal, button, true);
    });
    list.append(h('li', {class: 'rm-removed-item'},
                  h('span', {class: 'rm-cat'}, format.categoryLabel(removal.category)),
                  h('span', {class: 'rm-preview'}, format.preview(removal.text) || '(no text)'),
                  button));
  }

  return {
    element,
    // Re-applies this site's remembered restores (sorted so anchors stay in order).
    applyRemembered() {
      for (const removal of [...removed].sort((a, b) => a.index - b.index)) {
        if (restoredKeys.has(settings.restoreKey(removal))) restore(removal, buttons.get(removal.index), false);
      }
    },
  };
}

export {build, insertAtAnchor};
