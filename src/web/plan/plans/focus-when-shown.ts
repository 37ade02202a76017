/**
 * Focuses an element once it is on screen: after the URL changes the router renders a frame or two
 * later, and on a phone the outline is hidden until the panel closes. Gives up after ~20 frames.
 */
export function focusWhenShown(selector: string, framesLeft = 20) {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && target.offsetParent !== null) target.focus();
    else if (framesLeft > 0) focusWhenShown(selector, framesLeft - 1);
  });
}
