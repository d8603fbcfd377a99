import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

/** Who may import whom: the layers of docs/ARCHITECTURE.md, as rules rather than comments. */
const dataLayerOnly = [
  { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Only db/ talks to SQLite.' },
];
// By alias or by relative path ('../../db/store/tx'): only db/*.ts may import the store.
const storeInternals = {
  group: ['@/db/store', '@/db/store/*', '**/db/store', '**/db/store/*'],
  message: 'db/store/ is internal to the data layer: call a function in db/*.ts instead.',
};

// One way to write a date (lib/dates.ts): these are the other ways.
const otherDateFormatting =
  'Dates are written by lib/dates.ts: use getDates() on the server or useDates() in a client component.';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**', 'bench/**', 'tests/**', 'i18n/**', '*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...dataLayerOnly, storeInternals] }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...dataLayerOnly,
            storeInternals,
            {
              group: ['@/db', '@/db/*'],
              allowTypeImports: true,
              message: 'Components get data as props; pages and actions call the data layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is pure domain logic, except lib/server/, the glue between Next and the data layer.
    files: ['lib/**'],
    ignores: ['lib/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...dataLayerOnly,
            storeInternals,
            {
              group: ['next', 'next/*', 'next-intl/server', 'next-auth', 'next-auth/*'],
              message: 'lib/ is pure: no Next.',
            },
            { group: ['@/db', '@/db/*', '@/app/*', '@/components/*'], message: 'lib/ is pure: no database or UI.' },
          ],
        },
      ],
    },
  },
  {
    // The store sits under the public data layer: its helpers run in the caller's transaction, on the
    // schema, and call no db/*.ts function (nor open the connection themselves).
    files: ['db/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../open', '!../schema', '@/db/*'],
              message:
                'db/store/ is below db/*.ts: take the transaction as a parameter; import only ../schema and ../open.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks check the database directly, and so may open it.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeInternals] }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'db/**', 'scripts/**', 'i18n/**'],
    ignores: ['lib/dates.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['toLocaleDateString', 'toLocaleString', 'toLocaleTimeString'].map((property) => ({
          property,
          message: otherDateFormatting,
        })),
        { object: 'Intl', property: 'DateTimeFormat', message: otherDateFormatting },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^(getFormatter|useFormatter)$/]',
          message: otherDateFormatting,
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'bench/out/**',
    'next-env.d.ts',
    'tmp/**',
  ]),
]);
