/** `nhs-careers-widgets/skills-checklist.js`: registers `<hc-skills-checklist>` (and the provider). */
import './careers-data.js';
import './elements/skills-checklist/define.js';

export {
  HcSkillsChecklist,
  type SkillsChangeDetail,
} from './elements/skills-checklist/skills-checklist.js';
