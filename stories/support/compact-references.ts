/**
 * Global setup of the `visual` Vitest project: when the run ends, every reference picture it
 * wrote is stored again, losslessly, in fewer bytes. Vitest writes PNGs with per-row filters
 * and run-length deflate, which suit photographs; screenshots are flat colour and repeated
 * glyphs, which unfiltered rows with ordinary deflate hold in about 40% fewer bytes. The pixels
 * are unchanged, so comparisons are too.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { TestProject } from 'vitest/node';

const REFERENCES = 'stories/__screenshots__';

/** PNG options for screenshots: no row filter, zlib's default strategy. */
const COMPACT = { filterType: 0, deflateStrategy: 0 };

async function compact(file: string) {
  const { width, height, data } = PNG.sync.read(await readFile(file));
  const png = new PNG({ width, height });
  png.data = data;
  await writeFile(file, PNG.sync.write(png, COMPACT));
}

export default function setup(project: TestProject) {
  const started = Date.now();
  const folder = join(project.config.root, REFERENCES);
  return async () => {
    const files = (await readdir(folder, { recursive: true }))
      .filter((name) => name.endsWith('.png'))
      .map((name) => join(folder, name));
    for (const file of files) {
      if ((await stat(file)).mtimeMs >= started) await compact(file);
    }
  };
}
