import { existsSync } from 'node:fs';
import { CHROME_PATH, hasBrowser } from './browser';

export default function setup() {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: the end-to-end tests run against the production build. Run `npm test` (it builds first) or `npx vite build`.');
  }
  if (hasBrowser) return;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but there is no Chromium at ${CHROME_PATH}: the end-to-end tests must run in CI. Install it with: apt-get update && apt-get install -y chromium`);
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROME_PATH}.\n!! Install Debian's: sudo apt-get update && sudo apt-get install -y chromium\n!! or point CHROME_PATH at a Chromium/Chrome binary. CI=true never skips.\n${line}\n`,
  );
}
