import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Finds the element to focus once the host has rendered; nothing means "not yet". */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Moves focus to what the host's next render shows (a new panel, a status, a heading), so that
 * focus follows a change instead of falling to the page when the focused button goes away.
 */
export class FocusAfterUpdateController implements ReactiveController {
  #target: FocusTarget | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * After the next update, focuses what `target` finds; when it finds nothing, tries again
   * after each update until it does. `target` may ask again to keep focus following the host.
   */
  focus(target: FocusTarget): void {
    this.#target = target;
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = null;
    const element = target();
    if (element) element.focus();
    else this.#target ??= target;
  }
}
