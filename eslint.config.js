// ESLint: type-aware TypeScript, Lit templates, custom-element rules and template a11y.
// @ts-expect-error -- @eslint/js 10.0.0 ships no type declarations.
import js from '@eslint/js';
// @ts-expect-error -- nor does eslint-plugin-lit-a11y 5.1.
import litA11y from 'eslint-plugin-lit-a11y';
// Their named `configs` are typed; the default export's are not.
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  lit['flat/recommended'],
  wc['flat/recommended'],
  wc['flat/best-practice'],
  // Its named flat configs are undefined in 5.1; the default export's `recommended` works.
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'WidgetElement'] } },
    rules: {
      // `@click=${this.handler}` is how Lit binds listeners; it flags every one.
      '@typescript-eslint/unbound-method': 'off',
      // It flags `super.connectedCallback()` in Lit elements.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      '**/*.mjs',
      '**/*.js',
      'scripts/**',
      'test/server/**',
      'src/server.ts',
      'src/server/**',
      'server/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's `expect(x).to.be.true` style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // semantic-dom-diff types every `.equal()` as maybe a promise, so this rule flags every
      // assertion; the one assertion that is a promise, the axe check, is held below instead.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'Await the axe check: `await expect(el).to.be.accessible()`.',
        },
      ],
    },
  },
);
