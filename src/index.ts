/** `nhs-careers-widgets`: registers every element and exports their classes and types. */
import './careers-data.js';
import './role-card.js';
import './requirements-list.js';
import './skills-checklist.js';
import './feedback-form.js';
import './role-finder.js';

export * from './classes.js';
