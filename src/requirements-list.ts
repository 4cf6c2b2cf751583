/** `nhs-careers-widgets/requirements-list.js`: registers `<hc-requirements-list>` (and the provider). */
import './careers-data.js';
import './elements/requirements-list/define.js';

export { HcRequirementsList } from './elements/requirements-list/requirements-list.js';
