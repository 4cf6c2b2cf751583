import type { DataProblem } from './catalogue.js';
import { hcEvent, type DataErrorDetail } from './events.js';

/** A widget's error state, as every data controller renders it. */
export interface ErrorState {
  status: 'error';
  error: DataErrorDetail;
}

/**
 * Turns data problems into error states with `hc-data-error` details, and dispatches each one
 * once. The same problem for the same role gives back the same state, so re-renders report
 * nothing new; a new answer (after `reload()`, say) is a new problem object, reported again.
 */
export class DataErrorReport {
  #last: { problem: DataProblem; src: string | null; state: ErrorState } | undefined;
  #reported: DataErrorDetail | undefined;

  state(problem: DataProblem, src: string | null, roleId: string | null): ErrorState {
    const last = this.#last;
    if (last?.problem === problem && last.src === src && last.state.error.roleId === roleId) {
      return last.state;
    }
    const { reason, path, message } = problem;
    const state: ErrorState = { status: 'error', error: { src, roleId, reason, path, message } };
    this.#last = { problem, src, state };
    return state;
  }

  /** Dispatches `hc-data-error` from `host` unless this detail was reported already. */
  dispatch(host: EventTarget, detail: DataErrorDetail | undefined): void {
    if (!detail || detail === this.#reported) return;
    this.#reported = detail;
    host.dispatchEvent(hcEvent('hc-data-error', detail));
  }
}
