import { defineElement } from '../../define.js';
import { HcCareersData } from './careers-data.js';

defineElement('hc-careers-data', HcCareersData);
