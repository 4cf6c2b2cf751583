import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // MDX without GitHub-flavoured Markdown prints the guides' tables as rows of pipes.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // The network here is closed; telemetry would only make Storybook wait.
    disableTelemetry: true,
    // The root vite.config.ts builds the library; Storybook gets a config of its own.
    builder: {
      name: '@storybook/builder-vite',
      options: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  // In a static Storybook the source modules are bundled into assets/, and look for the
  // default catalogue beside themselves, as the CDN bundle does.
  staticDirs: [{ from: '../data', to: 'assets/data' }],
};

export default config;
