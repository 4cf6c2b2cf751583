import { defineElement } from '../../define.js';
import { HcRequirementsList } from './requirements-list.js';

defineElement('hc-requirements-list', HcRequirementsList);
