// `npm run build`: every file of SPEC's Distribution table, then the CDN bundle's sizes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { CDN_BUNDLE, reportCdnBundle, reportFile } from './bundle-size.mjs';

/** @param {string} command @param {string[]} args */
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

// The source map must describe this file: one `;`-separated group of mappings per line.
const mapLines = JSON.parse(readFileSync(`${CDN_BUNDLE}.map`, 'utf8')).mappings.split(';').length;
if (mapLines > text.split('\n').length) {
  throw new Error(`${CDN_BUNDLE}.map maps ${mapLines} lines; the bundle has fewer.`);
}

reportCdnBundle();

// Every catalogue of data/ is exported and written, minified, beside both builds' modules.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const name of readdirSync('data').filter((file) => file.endsWith('.json'))) {
  if (!pkg.exports[`./data/${name}`])
    throw new Error(`package.json does not export ./data/${name}.`);
  const minified = JSON.stringify(JSON.parse(readFileSync(`data/${name}`, 'utf8')));
  for (const built of [`dist/data/${name}`, `dist/cdn/data/${name}`]) {
    if (readFileSync(built, 'utf8') !== minified) {
      throw new Error(`${built} is not data/${name} minified.`);
    }
  }
  reportFile(`dist/cdn/data/${name}`);
}

// Subresource Integrity for the embed snippet: <script type="module" integrity="…" crossorigin>.
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
writeFileSync(`${CDN_BUNDLE}.integrity`, `${integrity}\n`);
console.log(`${CDN_BUNDLE} integrity: ${integrity}`);
