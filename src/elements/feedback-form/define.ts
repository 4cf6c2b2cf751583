import { defineElement } from '../../define.js';
import { HcFeedbackForm } from './feedback-form.js';

defineElement('hc-feedback-form', HcFeedbackForm);
