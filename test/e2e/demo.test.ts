import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('npm run demo plays the whole script and prints the conversation', async () => {
  const demo = join(import.meta.dirname, '..', '..', 'dist', 'demo', 'demo.js');
  const { stdout } = await promisify(execFile)(process.execPath, [demo], { timeout: 30_000 });
  expect(stdout).toContain('#midjourney  alice used /speed fast');
  expect(stdout).toContain('Midjourney flagged the shared account');
  expect(stdout).toContain('[ Reset (admins) ]');
  expect(stdout).toContain('mj-speed-bot (only bob can see this):\n    Only members with Manage Server');
  expect(stdout).toContain('@carol reset the Midjourney account');
  expect(stdout).toContain('useapi.net saw 7 requests');
});
