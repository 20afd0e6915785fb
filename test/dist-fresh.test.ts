import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBundles } from '../scripts/build';

/** GitHub runs the committed dist; it must be exactly what the sources build to. */
test('every committed dist matches a fresh ncc build of the sources', { timeout: 300_000 }, async () => {
  const problems = await checkBundles();
  assert.deepEqual(problems, [], `run npm run build and commit dist:\n${problems.join('\n')}`);
});
