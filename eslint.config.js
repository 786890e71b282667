// ESLint: JavaScript's rules, typescript-eslint's type-checked rules (types from tsconfig.json through the project
// service) and Astro's, over the source, the tools and the tests, with a size limit per file. `npm run lint` runs it
// with Prettier (formatting) and knip (unused files, exports and dependencies).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'bench/.tmp/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Plain JavaScript (the CMS admin, served as is, and config files) has no types for these rules to read.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // __CSP_META__ is defined at build time by src/integrations/csp-meta.ts.
    languageOptions: { globals: { ...globals.node, ...globals.browser, __CSP_META__: 'readonly' } },
    rules: {
      // Source files stay small enough to read in one sitting; tests and data are exempt below.
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      // Unused code is knip's job across files; within a file, an `_` prefix marks a deliberate leftover.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Astro's template parser gives JSX expressions no type, so every `{list.map(...)}` would read as unsafe.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    // Tests read content files, JSON and HTML as untyped data and poke at it.
    files: ['tests/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stand-ins for browser and Astro objects: async stubs without await, methods passed on, raw rejections.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      'max-lines': 'off',
    },
  },
);
