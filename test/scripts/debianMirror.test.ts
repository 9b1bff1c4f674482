/**
 * scripts/debian-mirror.sh, which scripts/container-base-image.sh asks for the package host to debootstrap
 * from: the one this machine's apt already uses, read from apt's own files (formats as in sources.list(5)).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'debian-mirror.sh');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An apt configuration folder holding `files` (paths relative to it). */
function aptDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mj-apt-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'sources.list.d'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

function mirrorOf(
  dir: string,
  suite = 'bookworm',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', [SCRIPT, suite, dir], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout: stdout.trim(), stderr }),
    );
  });
}

test('a deb822 .sources file: the first enabled deb stanza for the suite, main component', async () => {
  const dir = aptDir({
    'sources.list.d/debian.sources': [
      'Types: deb-src',
      'URIs: http://src.example.test/debian',
      'Suites: bookworm',
      'Components: main',
      '',
      'Types: deb',
      'URIs: http://off.example.test/debian',
      'Suites: bookworm',
      'Components: main',
      'Enabled: no',
      '',
      'Types: deb',
      '# http://snapshot.debian.org/archive/debian/20250520T000000Z',
      'URIs: http://mirror.example.test/debian/ http://second.example.test/debian',
      'Suites: bookworm bookworm-updates',
      'Components: main contrib',
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
      '',
    ].join('\n'),
  });
  expect(await mirrorOf(dir)).toMatchObject({ code: 0, stdout: 'http://mirror.example.test/debian' });
});

test('a one-line sources.list with options and comments, read before sources.list.d', async () => {
  const dir = aptDir({
    'sources.list': [
      '# deb http://commented.example.test/debian bookworm main',
      'deb-src http://src.example.test/debian bookworm main',
      'deb http://security.example.test/debian-security bookworm-security main',
      'deb [arch=amd64 signed-by=/usr/share/keyrings/debian.gpg] https://lan.example.test/debian bookworm main non-free',
    ].join('\n'),
    'sources.list.d/other.list': 'deb http://later.example.test/debian bookworm main\n',
  });
  expect(await mirrorOf(dir)).toMatchObject({ code: 0, stdout: 'https://lan.example.test/debian' });
});

test('no source for the suite: exit 1 saying what to set, and no host made up', async () => {
  const dir = aptDir({
    'sources.list.d/nodesource.sources':
      'Types: deb\nURIs: https://deb.example.test/node_20.x\nSuites: nodistro\nComponents: main\n',
    'sources.list.d/debian.sources.disabled':
      'Types: deb\nURIs: http://ignored.example.test/debian\nSuites: bookworm\nComponents: main\n',
  });
  const run = await mirrorOf(dir);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('set DEBIAN_MIRROR');
});
