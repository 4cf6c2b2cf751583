import { defineElement } from '../../define.js';
import { HcSkillsChecklist } from './skills-checklist.js';

defineElement('hc-skills-checklist', HcSkillsChecklist);
