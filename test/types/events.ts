// Type checked by `npm run typecheck` (never run): an event's detail is the one its name
// declares in the page's event map.
import '../../src/index.js';
import { hcEvent } from '../../src/data/events.js';

export const change = hcEvent('hc-finder-change', { selected: [], routeTypes: [], results: [] });

// @ts-expect-error the checklist's event carries a role id and a total too
export const wrongDetail = hcEvent('hc-skills-change', { selected: [] });

// @ts-expect-error no such event
export const unknownEvent = hcEvent('hc-nothing', {});
