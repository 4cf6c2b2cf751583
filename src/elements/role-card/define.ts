import { defineElement } from '../../define.js';
import { HcRoleCard } from './role-card.js';

defineElement('hc-role-card', HcRoleCard);
