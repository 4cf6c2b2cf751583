/**
 * `nhs-careers-widgets/react`: JSX types for React 19, which passes props to custom elements as
 * properties and listens for `on<event-name>` props. Types only; import it once in a `.d.ts` or
 * with `import type {} from 'nhs-careers-widgets/react'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Catalogue, Role } from './data/schema.js';
import type { DataErrorDetail, DataLoadedDetail } from './data/events.js';
import type { HcCareersData } from './elements/careers-data/careers-data.js';
import type {
  FeedbackFailedDetail,
  FeedbackPayload,
  FeedbackSentDetail,
  HcFeedbackForm,
} from './elements/feedback-form/feedback-form.js';
import type { HeadingLevel } from './elements/headings.js';
import type { HcRequirementsList } from './elements/requirements-list/requirements-list.js';
import type { HcRoleCard } from './elements/role-card/role-card.js';
import type { FinderChangeDetail, HcRoleFinder } from './elements/role-finder/role-finder.js';
import type {
  HcSkillsChecklist,
  SkillsChangeDetail,
} from './elements/skills-checklist/skills-checklist.js';

type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** The shared data members of every widget (SPEC), as attributes or properties. */
interface WidgetProps {
  'role-id'?: string;
  roleId?: string;
  src?: string;
  'timeout-ms'?: number | string;
  roleData?: Role;
  'onhc-data-error'?: (event: CustomEvent<DataErrorDetail>) => void;
}

interface HeadingProps {
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
}

export interface HcElementsJsx {
  'hc-careers-data': Base<HcCareersData> & {
    src?: string;
    'role-id'?: string;
    'timeout-ms'?: number | string;
    catalogue?: Catalogue;
    'onhc-data-loaded'?: (event: CustomEvent<DataLoadedDetail>) => void;
    'onhc-data-error'?: (event: CustomEvent<DataErrorDetail>) => void;
  };
  'hc-role-card': Base<HcRoleCard> & WidgetProps & HeadingProps & { href?: string };
  'hc-requirements-list': Base<HcRequirementsList> & WidgetProps & HeadingProps;
  'hc-skills-checklist': Base<HcSkillsChecklist> &
    WidgetProps & {
      name?: string;
      persist?: boolean;
      selected?: string[];
      'onhc-skills-change'?: (event: CustomEvent<SkillsChangeDetail>) => void;
    };
  'hc-feedback-form': Base<HcFeedbackForm> &
    WidgetProps &
    HeadingProps & {
      endpoint?: string;
      page?: string;
      'max-length'?: number | string;
      'contact-href'?: string;
      'privacy-href'?: string;
      'onhc-feedback-submit'?: (event: CustomEvent<FeedbackPayload>) => void;
      'onhc-feedback-sent'?: (event: CustomEvent<FeedbackSentDetail>) => void;
      'onhc-feedback-failed'?: (event: CustomEvent<FeedbackFailedDetail>) => void;
    };
  'hc-role-finder': Base<HcRoleFinder> &
    HeadingProps & {
      src?: string;
      'timeout-ms'?: number | string;
      'href-template'?: string;
      limit?: number | string;
      persist?: boolean;
      selected?: string[];
      routeTypes?: string[];
      'onhc-finder-change'?: (event: CustomEvent<FinderChangeDetail>) => void;
      'onhc-data-error'?: (event: CustomEvent<DataErrorDetail>) => void;
    };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's.
    interface IntrinsicElements extends HcElementsJsx {}
  }
}
