import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { startTestCloud, TestCloud } from './test-cloud';
import { launchBrowser } from './browser';

/** The h5 build the local cloud serves (H5_DIR, as npm start reads it). */
const H5 = path.resolve(__dirname, '../..', process.env.H5_DIR || 'dist-h5');

export interface BrowserSuite {
  cloud: TestCloud;
  browser: Browser;
}

/**
 * A browser test file's setup: the local cloud with the demo seed serving the
 * built h5 app, and Chromium; both closed after the file. Read the fields in tests.
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite & { close?: () => Promise<void> };
  beforeAll(async () => {
    if (!fs.existsSync(path.join(H5, 'index.html'))) {
      throw new Error('dist-h5 is missing: run `npm run build:h5` (npm test does it for you)');
    }
    suite.cloud = await startTestCloud({ seed: 'demo' });
    const launched = await launchBrowser();
    suite.browser = launched.browser;
    suite.close = launched.close;
  }, 60_000);
  afterAll(async () => {
    await suite.close?.();
    await suite.cloud?.stop();
  });
  return suite;
}
