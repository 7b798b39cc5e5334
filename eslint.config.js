import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const banClock = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use the injected Clock (clock.ts).' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected Clock (clock.ts).' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use ids.ts.' },
  { selector: "CallExpression[callee.property.name='randomUUID']", message: 'Use ids.ts (randomUUID is missing on plain-HTTP pages).' },
]

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['server/src/**/*.ts', 'printers/src/**/*.ts'],
    ignores: ['server/src/clock.ts', 'server/src/ids.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...banClock] },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'lowdb', message: 'Only store/ imports lowdb.' }, { name: 'lowdb/node', message: 'Only store/ imports lowdb.' }] }] },
  },
  {
    files: ['server/src/queue/**/*.ts', 'server/src/reports/**/*.ts', 'server/src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/store/**', '**/http/**', '**/realtime/**', '**/commands/**', '**/auth/**', 'node:*', 'hono', 'hono/*', 'socket.io', 'lowdb', 'lowdb/*'], message: 'Rules are pure: no I/O imports.' },
      ] }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config/load.ts', '**/*.test.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only config/load.ts reads the environment.' }] },
  },
  {
    // Tests read loosely-typed JSON answers; asserting their shape is the test's job.
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['kiosk-ui/src/**/*.{ts,tsx}', 'display-ui/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': ['error', ...banClock.slice(2)],
    },
  },
)
