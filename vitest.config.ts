import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Debian's chromium (apt-get install chromium); test tools may not download browsers here. */
export const chromiumExecutable = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A fresh object per project: sharing one mislabels the second project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
});

const nodeProject = (name: string) => ({
  extends: true as const,
  test: { name, environment: 'node' as const, include: [`packages/${name}/test/**/*.test.ts`] },
});

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources: no build needed for tests.
  resolve: { conditions: ['@onewindow/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@onewindow/source', ...defaultServerConditions] } },
  test: {
    testTimeout: 30_000,
    projects: [
      nodeProject('spec'),
      nodeProject('engine'),
      nodeProject('cli'),
      {
        extends: true,
        test: { name: 'elements', include: ['packages/elements/src/**/*.test.ts'], browser: browser() },
      },
      // End-to-end pages (strict CSP, the single-file bundle) driven by Playwright; need `npm run build`.
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
