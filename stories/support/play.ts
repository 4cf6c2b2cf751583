/** Helpers for play functions: widgets render in shadow roots, which testing-library does not enter. */
import { expect, waitFor } from 'storybook/test';

/**
 * The first element matching `selector` inside the first `tag` widget of the story. `canvas` is
 * the story's canvas, or any part of the page (a shadow root) the widget is in.
 */
export function inWidget<T extends Element = HTMLElement>(
  canvas: ParentNode,
  tag: string,
  selector: string,
): T | null {
  return canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** The text a person reads in a widget, white space folded. */
export const widgetText = (canvas: ParentNode, tag: string): string =>
  canvas.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the widget shows each of `texts`. */
export async function expectWidgetText(canvas: ParentNode, tag: string, ...texts: string[]) {
  for (const text of texts) {
    await waitFor(() => expect(widgetText(canvas, tag)).toContain(text), { timeout: 5000 });
  }
}

/** A path of its own for a story's mocked URL. */
export const storyPath = (name: string) => `/stories-api/${name}`;
