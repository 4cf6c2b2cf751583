/** `nhs-careers-widgets/role-finder.js`: registers `<hc-role-finder>` (and the provider). */
import './careers-data.js';
import './elements/role-finder/define.js';

export {
  HcRoleFinder,
  type FinderChangeDetail,
  type FinderResult,
} from './elements/role-finder/role-finder.js';
