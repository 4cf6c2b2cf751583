// A node:test reporter that prints one plain closing line, as the other suites do:
// `receiver: N passed, N failed, N skipped` (suites are not counted, their tests are).
/** @param {AsyncIterable<import('node:test/reporters').TestEvent>} source */
export default async function* closingLine(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, a load error) counts once. node:test's
      // failures carry a failureType, which @types/node leaves out.
      const { error } = /** @type {{ error?: { failureType?: string } }} */ (event.data.details);
      if (event.type === 'test:fail' && error?.failureType !== 'subtestsFailed') counts.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `\nreceiver: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
