// exceljs's browser build is one UMD script with no ES exports. Vite (Storybook) turns it into a
// module by itself; for web-test-runner this plugin serves it as one, so that
// `import ExcelJS from 'exceljs'` in src/spreadsheet/ runs in every engine as it does in the
// editors' preview.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const MODULE_PATH = '/__test/exceljs.js';
const BROWSER_BUILD = createRequire(import.meta.url).resolve('exceljs/dist/exceljs.min.js');

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function excelJsModule() {
  /** @type {Promise<string> | undefined} */
  let body;
  return {
    name: 'hc-exceljs-module',
    resolveImport({ source }) {
      return source === 'exceljs' ? MODULE_PATH : undefined;
    },
    serve(context) {
      if (context.path !== MODULE_PATH) return undefined;
      // The UMD wrapper takes the CommonJS path when `module` and `exports` exist.
      body ??= readFile(BROWSER_BUILD, 'utf8').then(
        (script) =>
          `const module = { exports: {} };\nconst exports = module.exports;\n${script}\nexport default module.exports;\n`,
      );
      return body.then((text) => ({ body: text, type: 'js' }));
    },
  };
}
