// `npm run bench:sizes` (also the first part of `npm run bench`): min, gzip and brotli (quality
// 11) of the CDN bundle, each npm entry minified as an app would ship it (dependencies left
// out), and the peers doing the same job, each bundled and minified the same way.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { sizes } from '../scripts/bundle-size.mjs';

/**
 * Bundles `code` (an entry module's source) into one minified file and returns its bytes.
 * @param {string} code
 * @param {{ external?: RegExp[] }} [options]
 */
async function bundle(code, { external = [] } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === 'bench-entry' ? id : null),
        load: (id) => (id === 'bench-entry' ? code : null),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      rolldownOptions: {
        input: 'bench-entry',
        external,
        output: { format: 'es', minify: true, codeSplitting: false },
      },
    },
  });
  // A watcher, the third thing build() may return, comes only with build.watch.
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  return Buffer.concat(
    chunks.filter((chunk) => chunk.type === 'chunk').map((chunk) => Buffer.from(chunk.code)),
  );
}

/** @param {string} path */
const css = (path) => readFileSync(path);
const DEPENDENCIES = [/^lit($|\/)/, /^@lit\//, /^valibot$/];

/** @type {({ name: string } & ReturnType<typeof sizes>)[]} */
const rows = [];
/** @param {string} name @param {Buffer} buffer */
const add = (name, buffer) => rows.push({ name, ...sizes(buffer) });

add(
  'nhs-careers-widgets CDN bundle (all six, Lit included)',
  readFileSync('dist/cdn/hc-widgets.js'),
);
for (const entry of [
  'index',
  'careers-data',
  'role-card',
  'requirements-list',
  'skills-checklist',
  'feedback-form',
  'role-finder',
]) {
  add(
    `nhs-careers-widgets/${entry === 'index' ? '' : `${entry}.js`} (npm, deps external)`,
    await bundle(`import './dist/${entry}.js';`.replace('./dist', `${process.cwd()}/dist`), {
      external: DEPENDENCIES,
    }),
  );
}
add(
  'Shoelace 2: card + checkbox + textarea + button + light theme',
  Buffer.concat([
    await bundle(
      ['card', 'checkbox', 'textarea', 'button']
        .map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`)
        .join('\n'),
    ),
    css('node_modules/@shoelace-style/shoelace/dist/themes/light.css'),
  ]),
);
add(
  'Material Web 2: checkbox + outlined text field + filled button',
  await bundle(
    [
      "import '@material/web/checkbox/checkbox.js';",
      "import '@material/web/textfield/outlined-text-field.js';",
      "import '@material/web/button/filled-button.js';",
    ].join('\n'),
  ),
);
add(
  'nhsuk-frontend 10: its JS + CSS (static HTML components)',
  Buffer.concat([
    css('node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.js'),
    css('node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'),
  ]),
);

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9);
console.log(
  '\nbytes a page downloads                                        min      gzip    brotli',
);
for (const row of rows)
  console.log(`${row.name.padEnd(60)} ${kB(row.min)} ${kB(row.gzip)} ${kB(row.brotli)}`);
writeFileSync('bench/sizes.json', `${JSON.stringify(rows, null, 2)}\n`);
