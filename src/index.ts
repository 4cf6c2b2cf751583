/** `nhs-careers-widgets`: registers every element and exports their classes and types. */
import './elements/careers-data/define.js';
import './elements/role-card/define.js';
import './elements/requirements-list/define.js';
import './elements/skills-checklist/define.js';
import './elements/feedback-form/define.js';

export { HcCareersData } from './elements/careers-data/careers-data.js';
export { HcRoleCard } from './elements/role-card/role-card.js';
export { HcRequirementsList } from './elements/requirements-list/requirements-list.js';
export {
  HcSkillsChecklist,
  type SkillsChangeDetail,
} from './elements/skills-checklist/skills-checklist.js';
export {
  HcFeedbackForm,
  type FeedbackPayload,
  type FeedbackSentDetail,
  type FeedbackFailedDetail,
} from './elements/feedback-form/feedback-form.js';
export { WidgetElement } from './elements/widget-element.js';
export { RoleDataController, type RoleState } from './controllers/role-data-controller.js';
export { loadCatalogue, type LoadResult, type LoadOptions } from './data/loader.js';
export {
  checkCatalogue,
  checkRole,
  type DataErrorReason,
  type DataProblem,
} from './data/catalogue.js';
export type {
  DataErrorDetail,
  DataLoadedDetail,
  DataErrorEvent,
  DataLoadedEvent,
} from './data/events.js';
export type { Catalogue, Role, EntryRoute, Skill, EntryRouteType, PayBand } from './data/schema.js';
export { VERSION } from './version.js';
