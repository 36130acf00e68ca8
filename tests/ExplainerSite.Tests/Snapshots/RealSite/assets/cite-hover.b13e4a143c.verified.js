// Hover previews for citations, for a mouse. Progressive enhancement only: without this file (or without
// JavaScript) a tap, click or Enter on a citation opens the same preview through the HTML popover attribute, and
// keyboard and touch use stay exactly that. Here a mouse resting on a citation shows its preview beside it;
// moving into the preview keeps it open (to follow its links), leaving both closes it, and a click pins it.
(() => {
  if (!('showPopover' in HTMLElement.prototype)) return;
  const OPEN_DELAY = 250;
  const CLOSE_DELAY = 300;
  let shown = null; // { button, preview, pinned } for a preview opened by hovering
  let openTimer = 0;
  let closeTimer = 0;

  const previewOf = (button) => document.getElementById(button.getAttribute('popovertarget'));

  // Below the citation, or above it when there is no room; always inside the viewport.
  const place = (button, preview) => {
    const r = button.getBoundingClientRect();
    const width = preview.offsetWidth;
    const height = preview.offsetHeight;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 6;
    const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, r.top - height - 6);
    preview.style.left = `${Math.round(left)}px`;
    preview.style.top = `${Math.round(top)}px`;
  };

  const close = () => {
    clearTimeout(openTimer);
    if (shown && !shown.pinned && shown.preview.matches(':popover-open')) shown.preview.hidePopover();
  };

  const open = (button) => {
    const preview = previewOf(button);
    if (!preview || preview.matches(':popover-open')) return;
    preview.classList.add('cite-preview-hover');
    preview.showPopover();
    place(button, preview);
    shown = { button, preview, pinned: false };
  };

  const isMouse = (event) => event.pointerType === 'mouse';

  document.addEventListener('pointerover', (event) => {
    if (!isMouse(event)) return;
    const button = event.target.closest('.cite-ref');
    const inPreview = shown && event.target.closest('.cite-preview') === shown.preview;
    if (button || inPreview) clearTimeout(closeTimer);
    if (button && !(shown && shown.button === button)) {
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(button), OPEN_DELAY);
    }
  });

  document.addEventListener('pointerout', (event) => {
    if (!isMouse(event)) return;
    const from = event.target.closest('.cite-ref, .cite-preview');
    if (!from || (event.relatedTarget && from.contains(event.relatedTarget))) return;
    clearTimeout(openTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY);
  });

  // A click on a citation whose preview hovering opened keeps it open instead of toggling it shut.
  document.addEventListener('click', (event) => {
    const button = event.target.closest('.cite-ref');
    if (!button || !shown || shown.button !== button || !shown.preview.matches(':popover-open')) return;
    event.preventDefault();
    shown.pinned = true;
  });

  // However it closes (Escape, a click elsewhere, Close), the next opening starts from the popover's own styles.
  document.addEventListener('toggle', (event) => {
    const preview = event.target;
    if (event.newState !== 'closed' || !preview.classList || !preview.classList.contains('cite-preview')) return;
    preview.classList.remove('cite-preview-hover');
    preview.style.removeProperty('left');
    preview.style.removeProperty('top');
    if (shown && shown.preview === preview) shown = null;
  }, true);
})();
