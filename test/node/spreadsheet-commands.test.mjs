// `hc-widgets export` and `import` as an editor runs them: problems on stdout, one per line,
// exit code 1 and nothing written; mistakes in the command line on stderr, with the usage.
import assert from 'node:assert/strict';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeCsvFiles } from '../../dist/spreadsheet/index.js';
import { catalogueFile, hcWidgets } from './cli.mjs';
import { openWorkbook, tempFile, tempFolder, workbookBytes } from './spreadsheets.mjs';

/** @type {import('../../src/data/schema.js').Catalogue} */
const informatics = JSON.parse(await readFile('data/health-informatics.json', 'utf8'));

/** @param {string} path */
const exists = (path) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('hc-widgets import', () => {
  it('prints each problem of a workbook by sheet, row and column, exits 1 and writes nothing', async () => {
    const workbook = await openWorkbook(informatics);
    const [skills, roles] = [workbook.getWorksheet('Skills'), workbook.getWorksheet('Roles')];
    assert.ok(skills && roles);
    skills.getCell('C12').value = null;
    roles.getCell('F3').value = '3, 10';
    const source = await tempFile(await workbookBytes(workbook));
    const out = join(await tempFolder(), 'catalogue.json');
    const { code, stdout, stderr } = await hcWidgets('import', source, '--out', out);
    assert.equal(
      stdout,
      [
        'Roles, row 3, payBands: "10" must be an Agenda for Change band: 1, 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9',
        'Skills, row 12, label: this cell is empty',
        '',
      ].join('\n'),
    );
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.equal(await exists(out), false);
  });

  it('prints the problems of a folder of CSV files by file, and leaves an older catalogue as it was', async () => {
    const folder = await tempFolder();
    const files = writeCsvFiles(informatics);
    for (const [name, text] of Object.entries(files)) {
      if (name !== 'qualities.csv') await writeFile(join(folder, name), text);
    }
    const out = await catalogueFile({ schemaVersion: 1, roles: [] });
    const { code, stdout } = await hcWidgets('import', folder, '--out', out);
    assert.equal(stdout, 'qualities.csv: there is no file of this name\n');
    assert.equal(code, 1);
    assert.equal(await readFile(out, 'utf8'), '{"schemaVersion":1,"roles":[]}');
  });

  it('says a file is not a workbook', async () => {
    const source = await tempFile('id,title\n', 'roles.xlsx');
    const { code, stdout } = await hcWidgets('import', source, '--out', 'never.json');
    assert.equal(stdout, 'Workbook: this file is not an Excel workbook (.xlsx)\n');
    assert.equal(code, 1);
  });

  it('says a source is missing, on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await hcWidgets('import', 'no/such.xlsx', '--out', 'x.json');
    assert.equal(stdout, '');
    assert.equal(stderr, 'hc-widgets: There is no file or folder at no/such.xlsx.\n');
    assert.equal(code, 1);
  });

  it('says when the catalogue cannot be written', async () => {
    const source = await tempFile(await workbookBytes(await openWorkbook(informatics)));
    const folder = await tempFolder();
    const { code, stderr } = await hcWidgets('import', source, '--out', folder);
    assert.match(
      stderr,
      new RegExp(`^hc-widgets: Could not write ${folder} \\(.*EISDIR.*\\)\\.\\n$`),
    );
    assert.equal(code, 1);
  });

  /** @type {[string[], string][]} */
  const mistakes = [
    [['import', 'roles.xlsx'], 'import needs --out <catalogue.json>.'],
    [['import', '--out', 'c.json'], 'import takes one workbook (.xlsx) or folder of CSV files.'],
    [['export', 'a.json', 'b.json', '--out', 'c.xlsx'], 'export takes one catalogue file or URL.'],
    [['export', 'a.json'], 'export needs --out <file.xlsx | folder>.'],
  ];
  for (const [args, message] of mistakes) {
    it(`shows how to use it for: hc-widgets ${args.join(' ')}`, async () => {
      const { code, stdout, stderr } = await hcWidgets(...args);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        new RegExp(`^hc-widgets: ${message.replace(/[.|()]/g, '\\$&')}\\n\\nUsage:`),
      );
      assert.match(stderr, /hc-widgets import <file\.xlsx \| folder> --out <catalogue\.json>/);
      assert.equal(code, 1);
    });
  }
});

describe('hc-widgets export', () => {
  it('refuses a catalogue with problems, printing them as validate does, and writes nothing', async () => {
    const broken = structuredClone(informatics);
    Object.assign(broken.roles[1] ?? {}, { title: '', id: 'clinical-informatics' });
    const folder = await tempFolder();
    const out = join(folder, 'roles.xlsx');
    const { code, stdout } = await hcWidgets('export', await catalogueFile(broken), '--out', out);
    assert.equal(
      stdout,
      [
        'roles[1].title: must not be empty.',
        'roles[1].id: repeats the id "clinical-informatics" already used by roles[0].',
        '',
      ].join('\n'),
    );
    assert.equal(code, 1);
    assert.equal(await exists(out), false);
  });

  it('says when a folder cannot be made where a file is', async () => {
    const file = await tempFile('not a folder', 'roles');
    const { code, stderr } = await hcWidgets(
      'export',
      'data/health-informatics.json',
      '--out',
      join(file, 'csv'),
    );
    assert.match(stderr, /^hc-widgets: Could not write .*roles\/csv \(.*ENOTDIR.*\)\.\n$/);
    assert.equal(code, 1);
  });

  it('writes over the CSV files of an earlier export, leaving other files alone', async () => {
    const folder = await tempFolder();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'roles.csv'), 'old');
    await writeFile(join(folder, 'README.md'), 'Our roles');
    const { code } = await hcWidgets('export', 'data/health-informatics.json', '--out', folder);
    assert.equal(code, 0);
    assert.equal(
      await readFile(join(folder, 'roles.csv'), 'utf8'),
      writeCsvFiles(informatics)['roles.csv'],
    );
    assert.equal(await readFile(join(folder, 'README.md'), 'utf8'), 'Our roles');
  });
});
