/** `nhs-careers-widgets/careers-data.js`: registers `<hc-careers-data>`. */
import './elements/careers-data/define.js';

export { HcCareersData } from './elements/careers-data/careers-data.js';
export type { DataErrorDetail, DataLoadedDetail } from './data/events.js';
