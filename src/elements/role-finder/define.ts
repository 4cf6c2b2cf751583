import { defineElement } from '../../define.js';
import { HcRoleFinder } from './role-finder.js';

defineElement('hc-role-finder', HcRoleFinder);
