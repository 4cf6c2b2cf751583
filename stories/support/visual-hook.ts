import type { StoryContext } from '@storybook/web-components-vite';

/** The visual check `visual.ts` installs in the `visual` Vitest project; absent elsewhere. */
export type VisualCheck = (context: StoryContext) => Promise<void>;

/**
 * Runs after every story's play function. Storybook itself never loads Vitest: the check is
 * only there when the visual project's setup file has put it on `globalThis`.
 */
export const visualCheck = (context: StoryContext) =>
  (globalThis as { hcVisualCheck?: VisualCheck }).hcVisualCheck?.(context);
