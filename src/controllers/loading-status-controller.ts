import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * What the status shows while loading. SPEC lets it wait up to 100 ms, so that a catalogue that
 * answers sooner replaces nothing at all: `quiet`, nothing (the host keeps the reserved height
 * through its `loading` custom state); `region`, the empty polite live region, in the page before
 * its text so that screen readers announce the text; `text`, "Loading role information".
 */
export type LoadingStage = 'quiet' | 'region' | 'text';

/** Each stage lasts up to this long, so the text shows within 100 ms. */
const STAGE_MS = 50;

/**
 * Widgets waiting for their next stage share one timer: a page of 100 cards that start loading
 * together sets one timer, not 100. A widget that starts waiting just before the timer fires
 * moves on sooner, which is still within the 100 ms.
 */
const waiting = new Set<LoadingStatusController>();
let clock: ReturnType<typeof setTimeout> | undefined;

function nextStage(): void {
  clock = undefined;
  const due = [...waiting];
  waiting.clear();
  for (const controller of due) controller.advance();
}

/**
 * The loading status's stages for a catalogue reader, and the host's `loading` custom state
 * (`:host(:state(loading))`), which reserves `--hc-loading-min-height` from the first render.
 * Out of the page a widget keeps no timer; back in the page its text waits again.
 */
export class LoadingStatusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #status: () => 'loading' | 'ready' | 'error';
  /** Undefined where custom states are not supported. */
  readonly #states: CustomStateSet | undefined;
  #stage: LoadingStage = isServer ? 'text' : 'quiet';

  constructor(
    host: ReactiveControllerHost,
    internals: ElementInternals,
    status: () => 'loading' | 'ready' | 'error',
  ) {
    this.#host = host;
    this.#states = internals.states;
    this.#status = status;
    host.addController(this);
  }

  /**
   * What the status shows now. Without custom states (Safari before 17.4) nothing could keep
   * the reserved height, so the quiet stage shows the empty live region instead.
   */
  get stage(): LoadingStage {
    return this.#stage === 'quiet' && !this.#states ? 'region' : this.#stage;
  }

  /** After "Try again": the text at once, so the person sees their press did something. */
  showText(): void {
    this.#stage = 'text';
  }

  /** Called by the shared timer. */
  advance(): void {
    this.#stage = this.#stage === 'quiet' ? 'region' : 'text';
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const status = this.#status();
    if (status === 'loading') {
      this.#states?.add('loading');
      this.#waitForNextStage();
      return;
    }
    this.#states?.delete('loading');
    this.#stopWaiting();
    // Once the data shows, a later load (a new `src`) waits again. (After an error, "Try again"
    // shows the text at once.)
    if (status === 'ready') this.#stage = 'quiet';
  }

  /** In the page while loading, the next stage is due (again, after being taken out). */
  hostConnected(): void {
    if (this.#status() === 'loading') this.#waitForNextStage();
  }

  hostDisconnected(): void {
    this.#stopWaiting();
  }

  #waitForNextStage(): void {
    if (this.#stage === 'text') return;
    waiting.add(this);
    clock ??= setTimeout(nextStage, STAGE_MS);
  }

  #stopWaiting(): void {
    if (!waiting.delete(this) || waiting.size) return;
    clearTimeout(clock);
    clock = undefined;
  }
}
