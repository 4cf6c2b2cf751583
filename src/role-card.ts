/** `nhs-careers-widgets/role-card.js`: registers `<hc-role-card>` (and `<hc-careers-data>`). */
import './careers-data.js';
import './elements/role-card/define.js';

export { HcRoleCard } from './elements/role-card/role-card.js';
