// ESLint: JavaScript's and typescript-eslint's recommended rules, and Astro's, over the source, the tools and the
// tests. `npm run lint` runs it with Prettier (formatting) and knip (unused files, exports and dependencies).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.tmp/', 'bench/.tmp/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // __CSP_META__ is defined at build time by src/integrations/csp-meta.ts.
    languageOptions: { globals: { ...globals.node, ...globals.browser, __CSP_META__: 'readonly' } },
    rules: {
      // Unused code is knip's job across files; within a file, an `_` prefix marks a deliberate leftover.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read content files as untyped YAML and poke at parsed data.
    files: ['tests/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
