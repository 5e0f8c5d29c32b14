// ESLint flat config: typescript-eslint's type-checked recommended rules for the TypeScript
// sources; formatting is Prettier's job (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'server/src/prose/lexicons/data.generated.ts',
      'server/src/schemas/settingsValidators.generated.ts',
      'out/**',
      'dist/**',
      'node_modules/**',
      'example-output/**',
      '.vscode-test/**',
      'test/fixtures/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        globalThis: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  prettier,
  // Prettier wraps code at 120 but leaves long strings, template literals and comments alone: max-len keeps
  // them within 120 too (URLs excepted), in every source file. After `prettier` on purpose: eslint-config-prettier
  // turns max-len off.
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
);
