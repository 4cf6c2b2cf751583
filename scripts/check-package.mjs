// `npm run check-package` (part of `npm test`, after the build): what `npm pack` would ship.
// Every export and bin target is in the package; no tests, stories, sources, CI files or the
// feedback receiver (server/) are; exactly the files listed in `sideEffects` register elements;
// no entry (but the command line's dynamic imports) nor the CDN bundle loads the spreadsheet
// code or its libraries; the CDN bundle opens with V8's compile hint and its source map still
// fits; and each entry point's size is printed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { sizes } from './bundle-size.mjs';
import { COMPILE_HINT } from './compile-hint.mjs';

/**
 * @typedef {object} PackageJson
 * @property {Record<string, string | Record<string, string>>} exports
 * @property {Record<string, string>} bin
 * @property {string[]} sideEffects
 */
/** @type {PackageJson} */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {{ files: { path: string }[], size: number, unpackedSize: number }[]} */
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
if (!packed) throw new Error('npm pack --dry-run listed no package.');
const files = new Set(packed.files.map((file) => file.path));
/** @type {string[]} */
const problems = [];

const targets = Object.values(pkg.exports)
  .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
  .concat(Object.values(pkg.bin));
for (const target of targets) {
  if (!files.has(normalize(target)))
    problems.push(`export target missing from the package: ${target}`);
}
// The CDN bundle finds its catalogues beside itself, so each exported one ships there too.
for (const subpath of Object.keys(pkg.exports).filter((key) => /^\.\/data\/.+\.json$/.test(key))) {
  const beside = normalize(`dist/cdn/${subpath}`);
  if (!files.has(beside)) problems.push(`catalogue missing beside the CDN bundle: ${beside}`);
}
for (const file of files) {
  if (
    /^(src|test|stories|scripts|examples|server|bench|coverage|storybook-static|\.ci|\.storybook|\.receiver-data)\//.test(
      file,
    )
  ) {
    problems.push(`should not be shipped: ${file}`);
  }
}

// `sideEffects` must name every file that registers an element, and no file that does not.
const patterns = pkg.sideEffects
  .filter((pattern) => pattern.startsWith('./dist/'))
  .map(
    (pattern) => new RegExp(`^${pattern.slice(2).replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`),
  );
/** @param {string} file */
const listed = (file) => patterns.some((pattern) => pattern.test(file));
for (const file of files) {
  if (!file.endsWith('.js') || file.startsWith('dist/cdn/')) continue;
  const code = readFileSync(file, 'utf8');
  const registers = /\bdefineElement\(\s*["`]hc-/.test(code) || /^import "\.[^"]*";$/m.test(code);
  if (registers && !listed(file))
    problems.push(`registers elements but is not in sideEffects: ${file}`);
  if (!registers && listed(file)) problems.push(`is in sideEffects but registers nothing: ${file}`);
}

/**
 * Every file an entry loads, following relative imports (packages stay external).
 * @param {string} entry
 * @returns {Set<string>}
 */
function graph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
    if (specifier) graph(join(dirname(entry), specifier), seen);
  }
  return seen;
}

/** An import of a spreadsheet library, statically or not. */
const SPREADSHEET_LIBRARY = /(?:from|import)\s*\(?\s*"(exceljs|csv-parse|csv-stringify)[/"]/;

// The CDN bundle has no imports: what it holds is listed by its source map.
const cdnMap = readFileSync('dist/cdn/hc-widgets.js.map', 'utf8');
const cdnSources = JSON.parse(cdnMap).sources;
for (const source of /** @type {string[]} */ (cdnSources)) {
  if (/\/(spreadsheet|exceljs|csv-parse|csv-stringify)\//.test(source)) {
    problems.push(`the CDN bundle holds spreadsheet code: ${source}`);
  }
}

// V8 reads its compile hint only as the file's first line (vite.config.ts, terserForCdn). The
// line is added after minifying, so the map must still send a known sentence to its source.
const cdnLines = readFileSync('dist/cdn/hc-widgets.js', 'utf8').split('\n');
if (cdnLines[0] !== COMPILE_HINT) {
  problems.push(`the CDN bundle does not open with ${COMPILE_HINT}`);
}
const KNOWN = 'has no role with the id';
const knownLine = cdnLines.findIndex((line) => line.includes(KNOWN));
if (knownLine < 0) {
  problems.push(`the CDN bundle no longer holds "${KNOWN}", which its source map check looks for`);
} else {
  const { source } = originalPositionFor(new TraceMap(cdnMap), {
    line: knownLine + 1,
    column: String(cdnLines[knownLine]).indexOf(KNOWN),
  });
  if (!source?.endsWith('src/data/catalogue.ts')) {
    problems.push(`the CDN bundle's source map is out of step: "${KNOWN}" maps to ${source}`);
  }
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `package: ${files.size} files, ${kB(packed.unpackedSize)} unpacked, ${kB(packed.size)} packed`,
);
console.log(
  'entry point (with what it loads; lit, @lit/context and valibot external): raw, gzip, brotli',
);
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file?.endsWith('.js')) continue;
  const modules = [...graph(normalize(file))];
  // The Node-only code (render, the command line) must never reach a page's download, nor the
  // spreadsheet code and its libraries, which only `hc-widgets export` and `import` load.
  if (subpath !== './server' && modules.some((module) => module.startsWith('dist/server'))) {
    problems.push(`browser entry ${subpath} loads the server code`);
  }
  for (const module of modules) {
    if (module.startsWith('dist/spreadsheet/')) {
      problems.push(`entry ${subpath} loads the spreadsheet code: ${module}`);
    }
    const library = SPREADSHEET_LIBRARY.exec(readFileSync(module, 'utf8'))?.[1];
    if (library) problems.push(`entry ${subpath} loads ${library} (in ${module})`);
  }
  const code = Buffer.concat(modules.map((module) => readFileSync(module)));
  const { min, gzip, brotli } = sizes(code);
  console.log(
    `  ${subpath.padEnd(30)} ${kB(min).padStart(9)} ${kB(gzip).padStart(9)} ${kB(brotli).padStart(9)}`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('package: ok');
