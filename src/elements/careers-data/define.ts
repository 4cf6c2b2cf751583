import { attachContextRoot } from '../../data/context.js';
import { defineElement } from '../../define.js';
import { HcCareersData } from './careers-data.js';

attachContextRoot();
defineElement('hc-careers-data', HcCareersData);
