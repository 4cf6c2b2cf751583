import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { mockFetch } from '../stories/support/mock-fetch.js';
import { visualCheck } from '../stories/support/visual-hook.js';
import '../src/index.js';

// Autodocs read every attribute, property, event, slot, part and CSS property from here.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [mockFetch],
  // The visual tests' screenshots, in `npm run test:visual` only.
  afterEach: visualCheck,
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Introduction',
            'Embed in your page',
            'Embed on a careers portal',
            'Your own data',
            'For content editors',
            'Preview your catalogue',
          ],
          'Widgets',
          'Data',
        ],
      },
    },
    layout: 'padded',
  },
};

export default preview;
