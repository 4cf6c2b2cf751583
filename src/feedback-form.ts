/** `nhs-careers-widgets/feedback-form.js`: registers `<hc-feedback-form>` (and the provider). */
import './careers-data.js';
import './elements/feedback-form/define.js';

export {
  HcFeedbackForm,
  type FeedbackPayload,
  type FeedbackSentDetail,
  type FeedbackFailedDetail,
} from './elements/feedback-form/feedback-form.js';
