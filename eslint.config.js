import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: web → domain and server → domain; the domain imports neither, nor any I/O. */
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'src/server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    ['**/server/**', '**/web/**', 'node:*', 'fastify*', '@fastify/*', 'drizzle-orm*', 'pg', '@electric-sql/*', 'react*', 'antd*'],
    'src/domain holds pure rules: no I/O, no server or web code.',
  ),
  layer(['src/web/**'], ['**/server/**', 'node:*', 'drizzle-orm*', 'pg', 'fastify*'], 'The web app talks to the server over HTTP only.'),
  layer(['src/server/**'], ['**/web/**', 'react*', 'antd*'], 'The server does not import web code.'),
);
