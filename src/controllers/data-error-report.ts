import type { DataProblem } from '../data/catalogue.js';
import { hcEvent, type DataErrorDetail } from '../data/events.js';

/**
 * Turns data problems into `hc-data-error` details and dispatches each one once. The same
 * problem for the same role gives back the same detail, so re-renders report nothing new; a new
 * answer (after `reload()`, say) is a new problem object and is reported again.
 */
export class DataErrorReport {
  #last: { problem: DataProblem; src: string | null; detail: DataErrorDetail } | undefined;
  #reported: DataErrorDetail | undefined;

  detail(problem: DataProblem, src: string | null, roleId: string | null): DataErrorDetail {
    const last = this.#last;
    if (last?.problem === problem && last.src === src && last.detail.roleId === roleId) {
      return last.detail;
    }
    const { reason, path, message } = problem;
    const detail: DataErrorDetail = { src, roleId, reason, path, message };
    this.#last = { problem, src, detail };
    return detail;
  }

  /** Dispatches `hc-data-error` from `host` unless this detail was reported already. */
  dispatch(host: EventTarget, detail: DataErrorDetail | undefined): void {
    if (!detail || detail === this.#reported) return;
    this.#reported = detail;
    host.dispatchEvent(hcEvent('hc-data-error', detail));
  }
}
