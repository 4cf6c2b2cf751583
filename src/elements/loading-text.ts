// When the loading text of a catalogue reader is due: one timer for the widgets that start together.
/**
 * SPEC lets the loading text wait up to 100 ms: a catalogue that answers sooner replaces an
 * empty status (already holding the reserved height) rather than a flash of "Loading".
 */
const LOADING_TEXT_DELAY_MS = 100;

/** How late a widget may join a batch (below): each still waits at least 84 of its 100 ms. */
const BATCH_JOIN_MS = 16;

/** The widgets whose loading text is due when one timer fires, and when that timer was set. */
interface LoadingTextBatch {
  started: number;
  timer: ReturnType<typeof setTimeout>;
  shows: Set<() => void>;
}
let batch: LoadingTextBatch | undefined;

/**
 * Calls `show` after about LOADING_TEXT_DELAY_MS; returns a function that cancels it. Widgets
 * that start loading within one frame of each other share one timer: a page of a hundred cards
 * sets one, not a hundred. The timer is cleared when every widget of its batch has cancelled.
 */
export function whenLoadingTextDue(show: () => void): () => void {
  const now = performance.now();
  if (!batch || now - batch.started > BATCH_JOIN_MS) {
    const shows = new Set<() => void>();
    const timer = setTimeout(() => {
      if (batch?.shows === shows) batch = undefined;
      shows.forEach((each) => each());
    }, LOADING_TEXT_DELAY_MS);
    batch = { started: now, timer, shows };
  }
  const joined = batch;
  joined.shows.add(show);
  return () => {
    joined.shows.delete(show);
    if (joined.shows.size) return;
    clearTimeout(joined.timer);
    if (batch === joined) batch = undefined;
  };
}
