// The spreadsheet core as the editors' preview runs it: in the page, in every engine, with
// exceljs's and csv-parse's browser builds. The Node tests (test/node/spreadsheet-*.test.mjs)
// cover each problem; these show that the same code reads and writes here too.
import { expect } from '@open-wc/testing';
import ExcelJS from 'exceljs';
import type { Catalogue } from '../../src/data/schema.js';
import {
  describeProblem,
  readCsvFiles,
  readWorkbook,
  writeCsvFiles,
  writeWorkbook,
  type ImportResult,
} from '../../src/spreadsheet/index.js';

const fixture = async (): Promise<Catalogue> =>
  (await (await fetch('/test/fixtures/every-field-catalogue.json')).json()) as Catalogue;

const sentences = (result: ImportResult) => (result.ok ? [] : result.problems.map(describeProblem));

describe('spreadsheets in the browser', () => {
  it('reads back the workbook it wrote, from a Uint8Array and from an ArrayBuffer', async () => {
    const catalogue = await fixture();
    const bytes = await writeWorkbook(catalogue);
    expect(bytes).to.be.instanceOf(Uint8Array);
    // An .xlsx file is a zip archive: it starts with "PK".
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).to.equal('PK');
    expect(await readWorkbook(bytes)).to.deep.equal({ ok: true, catalogue });
    const copy = bytes.slice().buffer;
    expect(await readWorkbook(copy)).to.deep.equal({ ok: true, catalogue });
  });

  it('reports an emptied cell of a workbook edited in the page by sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeWorkbook(await fixture())).buffer as never);
    const skills = workbook.getWorksheet('Skills')!;
    expect(skills.getCell('C3').value).to.equal('  Spaces at both ends  ');
    skills.getCell('C3').value = null;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sentences(await readWorkbook(edited))).to.deep.equal([
      'Skills, row 3, label: this cell is empty',
    ]);
  });

  it('says when the bytes are not a workbook', async () => {
    const result = await readWorkbook(new TextEncoder().encode('schemaVersion,lang\n1,en\n'));
    expect(sentences(result)).to.deep.equal([
      'Workbook: this file is not an Excel workbook (.xlsx)',
    ]);
  });

  it('reads back the CSV files it wrote, and names the file of a problem', async () => {
    const catalogue = await fixture();
    const files = writeCsvFiles(catalogue);
    expect(readCsvFiles(files)).to.deep.equal({ ok: true, catalogue });
    const roles = files['roles.csv']!.replace('nyrs-oedolion,', 'Nyrs Oedolion,');
    expect(sentences(readCsvFiles({ ...files, 'roles.csv': roles }))).to.deep.equal([
      'roles.csv, row 2, id: "Nyrs Oedolion" must be lower-case letters and digits joined by single hyphens',
      'entry-routes.csv, row 2, roleId: there is no role "nyrs-oedolion" in roles.csv',
      'entry-routes.csv, row 3, roleId: there is no role "nyrs-oedolion" in roles.csv',
      'skills.csv, row 2, roleId: there is no role "nyrs-oedolion" in roles.csv',
      'skills.csv, row 3, roleId: there is no role "nyrs-oedolion" in roles.csv',
      'qualities.csv, row 2, roleId: there is no role "nyrs-oedolion" in roles.csv',
      'qualities.csv, row 3, roleId: there is no role "nyrs-oedolion" in roles.csv',
    ]);
  });
});
