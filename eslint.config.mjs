// Lint: typescript-eslint's recommended rules, Lit's template rules and lit-a11y's accessibility
// rules for templates, plus project rules that keep content rendered as text and keep focused
// tests out of main.
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'lib/', 'coverage/', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  { files: ['src/**/*.ts'], ...litConfigs['flat/recommended'] },
  // Only templates from lit itself (tests build fixtures with @open-wc's html, which is lit's too).
  { files: ['src/**/*.ts'], ...litA11y.configs.recommended, settings: { litHtmlSources: true } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Content is rendered as text: never as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Content is rendered as text: never as markup.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Content is rendered as text: never assign innerHTML/outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Content is rendered as text: never insert HTML strings.',
        },
        {
          selector: "CallExpression[callee.object.name=/^(it|describe)$/][callee.property.name='only']",
          message: 'A focused test hides the rest of the suite.',
        },
        {
          selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'eval/new Function break a strict Content-Security-Policy.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'The core is pure: no DOM.' },
        { name: 'window', message: 'The core is pure: no DOM.' },
        { name: 'localStorage', message: 'The core is pure: storage lives in the components.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in core/random.ts: quizzes must be reproducible.' },
      ],
    },
  },
  {
    // Chai's property assertions (`.to.be.true`) are expressions; tests build broken content freely.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
