// The CDN bundle's size, min, gzip and brotli (quality 11). Run on its own (`npm run size`,
// part of `npm test`), it fails when the bundle passes its brotli budget.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_BUNDLE = 'dist/cdn/hc-widgets.js';
/**
 * Bytes of brotli the CDN bundle may take: the size reached on 2 December (23,261), rounded up
 * to the next 100. Of that, 62 bytes are V8's compile hint on the first line (vite.config.ts).
 * Brotli at this size moves by tens of bytes for a change of a few. The goal is 22,000
 * (CONTRIBUTING.md, "Size and speed").
 */
export const BROTLI_BUDGET = 23_500;

/** @param {Buffer} buffer */
export function sizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * Prints a built file's size, min, gzip and brotli, after `note`; returns the figures.
 * @param {string} file
 */
export function reportFile(file, note = '') {
  const measured = sizes(readFileSync(file));
  console.log(
    `${file}: ${kB(measured.min)} min, ${kB(measured.gzip)} gzip, ${kB(measured.brotli)} brotli${note}`,
  );
  return measured;
}

export const reportCdnBundle = () =>
  reportFile(CDN_BUNDLE, ` (budget ${kB(BROTLI_BUDGET)} brotli)`);

// Only when run as a script (`node -e` and the REPL have no argv[1]).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { brotli } = reportCdnBundle();
  if (brotli > BROTLI_BUDGET) {
    console.error(`${CDN_BUNDLE} is over its budget by ${kB(brotli - BROTLI_BUDGET)} brotli.`);
    process.exit(1);
  }
}
