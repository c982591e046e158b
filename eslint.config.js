import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Report strings must render as text: anything that turns a string into HTML or code is refused in
// shipped code. tests/lint-rules.test.ts proves each of these selectors fires.
export const unsafeHtmlRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': [
    'error',
    { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text with textContent or JSX, never HTML strings.' },
    {
      selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln|parseFromString)$/]',
      message: 'Do not parse or write HTML from strings in shipped code.',
    },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Report text renders as text: no dangerouslySetInnerHTML.' },
    { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
    { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']", message: 'No code from strings.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.e2e/', '.e2e-firefox/', '.demo/', '.bench/', 'node_modules/', 'coverage/', 'bench-results/', 'tests/lint-fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'utils/ats/fixtures.ts'],
    rules: { ...unsafeHtmlRules, 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);
