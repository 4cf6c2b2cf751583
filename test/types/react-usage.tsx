// Type checked by `npm run typecheck` (never run): the JSX types accept what SPEC allows and
// refuse what it does not.
import type {} from '../../src/react.js';
import { analystRole } from '../fixtures/catalogues.js';

export const page = (
  <hc-careers-data src="/roles.json" role-id="porter" onhc-data-loaded={(e) => e.detail.catalogue}>
    <hc-role-card heading-level={3} href="/jobs/1" roleData={analystRole} />
    <hc-requirements-list role-id="porter" heading-level="4" />
    <hc-skills-checklist
      name="skills"
      persist
      onhc-skills-change={(e) => e.detail.selected.length + e.detail.total}
    />
    <hc-feedback-form
      endpoint="/api/feedback"
      max-length={500}
      onhc-feedback-failed={(e) => e.detail.reason}
    />
  </hc-careers-data>
);

// @ts-expect-error heading levels stop at 6
export const tooDeep = <hc-role-card heading-level={7} />;
