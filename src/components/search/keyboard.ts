/** Arrow keys move between the search box and the result links; Tab works as everywhere. */

/** Where focus goes: the result link at that index, or back to the box. */
export type FocusTarget = number | 'box';

/** From the box: ArrowDown goes to the first result, when there is one and no IME is composing. */
export function fromBox(key: string, isComposing: boolean, count: number): FocusTarget | null {
  return key === 'ArrowDown' && !isComposing && count > 0 ? 0 : null;
}

/**
 * From the result link at `at` of `count`: the next or previous link, the box above the first; null
 * when the key is not an arrow or focus is not on a link. At the last link ArrowDown stays ('stay'),
 * and still does not scroll the page.
 */
export function fromResult(key: string, at: number, count: number): FocusTarget | 'stay' | null {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || at === -1) return null;
  if (key === 'ArrowUp') return at === 0 ? 'box' : at - 1;
  return at + 1 < count ? at + 1 : 'stay';
}
