// ESLint flat config. The dependency direction of prisma-free-docs/architecture.md is enforced
// here: tags live in each project's package.json ("nx": { "tags": [...] }).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  '@mikro-orm/*',
  'bullmq',
  'ioredis',
  'nodemailer',
  'pg',
  'fastify',
  'graphql',
  'node:*',
  'fs',
  'path',
  'http',
  'crypto',
];

// rules ← data ← {identity, cases, notify, reporting} ← apps; platform for all but rules. Tests may
// also use the testing harness.
const LAYERS = {
  'type:rules': ['type:rules'],
  'type:platform': ['type:rules'],
  'type:data': ['type:rules', 'type:platform'],
  'type:feature': ['type:rules', 'type:platform', 'type:data'],
  'type:testing': ['type:rules', 'type:platform', 'type:data'],
  'type:app-api': ['type:rules', 'type:platform', 'type:data', 'type:feature'],
  'type:app-worker': ['type:rules', 'type:platform', 'type:data', 'type:feature'],
  // The browser app shares only the pure rules (the same validators as the server).
  'type:app-portal': ['type:rules'],
};
const boundaries = (tests) => ({
  enforceBuildableLibDependency: false,
  allow: [],
  depConstraints: Object.entries(LAYERS).map(([sourceTag, allowed]) => ({
    sourceTag,
    onlyDependOnLibsWithTags: tests ? [...allowed, 'type:testing'] : allowed,
  })),
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.nx/**',
      'libs/data/src/migrations/**',
      'test/bench/results/**',
      'apps/portal/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    // The law as pure TypeScript: no framework, database or I/O.
    files: ['libs/rules/src/**/*.ts'],
    ignores: ['libs/rules/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORKS, message: 'libs/rules is pure: no framework or I/O imports.' },
          ],
        },
      ],
    },
  },
  {
    // The api wires API modules only; jobs run in the worker.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@gongkai/*'],
              importNamePattern: 'JobsModule$',
              message: 'The api never imports a jobs module.',
            },
          ],
        },
      ],
    },
  },
  {
    // The worker has no GraphQL surface.
    files: ['apps/worker/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@gongkai/*'],
              importNamePattern: '(ApiModule|Resolver)$',
              message: 'The worker never imports resolvers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the config module reads the environment.
    files: ['apps/*/src/**/*.{ts,tsx}', 'libs/*/src/**/*.ts'],
    ignores: [
      'libs/platform/src/lib/config/**',
      'libs/testing/**',
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig.' },
      ],
    },
  },
  {
    // The portal: React hooks rules; it runs in the browser, so no Node built-ins in its sources.
    files: ['apps/portal/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['apps/portal/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['pg', 'ioredis', 'bullmq', 'nodemailer', 'fastify', 'fs', 'path', 'crypto'].map(
            (name) => ({ name, message: 'The portal runs in the browser.' }),
          ),
          patterns: [
            {
              group: ['@nestjs/*', '@mikro-orm/*', 'node:*'],
              message: 'The portal runs in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    ...tseslint.configs.disableTypeChecked,
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'Buffer',
          'fetch',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  prettier,
);
