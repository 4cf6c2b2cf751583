/**
 * `nhs-careers-widgets/classes.js`: every element class and type, with no side effects: nothing
 * is registered, for pages that choose their own tag names.
 */
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
export {
  HcRoleFinder,
  type FinderChangeDetail,
  type FinderResult,
} from './elements/role-finder/role-finder.js';
export { WidgetElement } from './elements/widget-element.js';
export { CatalogueElement } from './elements/catalogue-element.js';
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
