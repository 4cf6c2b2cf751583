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
    <hc-role-finder
      href-template="/careers/{id}"
      limit={5}
      persist
      selected={['communication']}
      routeTypes={['apprenticeship']}
      onhc-finder-change={(e) => e.detail.results.map((result) => result.matched.length)}
    />
  </hc-careers-data>
);

// @ts-expect-error `.selected` is a list of skill ids, not one
export const finderOneSkill = <hc-role-finder selected="communication" />;

// @ts-expect-error heading levels stop at 6
export const tooDeep = <hc-role-card heading-level={7} />;
