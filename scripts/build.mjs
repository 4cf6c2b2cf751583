// `npm run build`: every file of SPEC's Distribution table, then the CDN bundle's sizes.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const CDN_BUNDLE = 'dist/cdn/hc-widgets.js';
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await build({ mode: 'production', logLevel: 'warn' });
await build({ mode: 'cdn', logLevel: 'warn' });
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']);

const bundle = readFileSync(CDN_BUNDLE);
const text = bundle.toString('utf8');
// Vite would otherwise inline the default catalogue; it must be fetched from beside the bundle.
if (/data:application\/json/.test(text) || text.includes('"schemaVersion":1')) {
  throw new Error(`${CDN_BUNDLE} has the default catalogue inlined; it must be fetched.`);
}
if (/^\s*import[\s{*]|\bimport\s*\(\s*["']/m.test(text)) {
  throw new Error(`${CDN_BUNDLE} imports other modules; it must be self-contained.`);
}

export const sizes = (buffer) => ({
  min: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length,
});

const { min, gzip, brotli } = sizes(bundle);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`${CDN_BUNDLE}: ${kB(min)} min, ${kB(gzip)} gzip, ${kB(brotli)} brotli`);
