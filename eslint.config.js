import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'worker_threads']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }
  },
  {
    // Shared code runs in every process: no Electron, no Node modules, no database driver.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared must stay pure: no Electron.' },
            { group: nodeBuiltins, message: 'src/shared must stay pure: no Node modules.' },
            {
              group: ['better-sqlite3', 'kysely', 'kysely/*'],
              message: 'src/shared must stay pure: no database driver.'
            },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/shared must stay pure: no UI.' },
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**', '@renderer/*'],
              message: 'src/shared is the bottom layer: it imports nothing from main, preload or renderer.'
            }
          ]
        }
      ]
    }
  },
  {
    // Only the Electron shell (src/main/shell and the entry) and the preload may import Electron.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/shell/**', 'src/main/index.ts', 'src/preload/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Only the Electron shell in src/main/shell imports electron.'
            }
          ]
        }
      ]
    }
  },
  {
    // The main side never reaches into the pages' code; what both need lives in src/shared.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Only the Electron shell in src/main/shell imports electron.'
            },
            {
              group: ['**/renderer/**', '@renderer/*'],
              message: 'The main side shares code with the pages only through src/shared.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches the main side only through the API client.'
            },
            { group: nodeBuiltins, message: 'The renderer runs in a browser: no Node modules.' },
            {
              group: ['better-sqlite3', 'kysely', 'kysely/*'],
              message: 'The renderer reaches data only through the API client.'
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message:
                'The renderer reaches the main side only through the API client (src/renderer/src/api) and shares code only from src/shared.'
            }
          ]
        }
      ]
    }
  }
)
