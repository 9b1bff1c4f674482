import { expect, test } from 'vitest';
import { accountFor, parseChannelMap } from '../../src/speed/channelMap.js';

const A = '123456789012345671';
const B = '123456789012345672';
const ACCOUNT = '987654321098765431';
const OTHER = '987654321098765432';

function mapOf(text: string) {
  const parsed = parseChannelMap(text);
  if (!('map' in parsed)) throw new Error(`expected a map, got ${parsed.problems.join('; ')}`);
  return parsed.map;
}

function problemsOf(text: string): string[] {
  const parsed = parseChannelMap(text);
  if ('map' in parsed) throw new Error('expected problems');
  return parsed.problems;
}

test('without CHANNEL_MAP every channel uses its own id', () => {
  expect(accountFor(undefined, A)).toBe(A);
});

test('listed channels use their mapped account and unlisted ones none', () => {
  const map = mapOf(` ${A} = ${ACCOUNT} ,${B}=${ACCOUNT},`);
  expect(accountFor(map, A)).toBe(ACCOUNT);
  expect(accountFor(map, B)).toBe(ACCOUNT);
  expect(accountFor(map, '123456789012345679')).toBeUndefined();
});

test('* maps every other channel, and a listed channel still wins', () => {
  const map = mapOf(`*=${ACCOUNT},${A}=${OTHER}`);
  expect(accountFor(map, A)).toBe(OTHER);
  expect(accountFor(map, B)).toBe(ACCOUNT);
});

test('every malformed entry is named, with what is wrong in it', () => {
  expect(problemsOf(`${A}=${ACCOUNT},general=${ACCOUNT},${B}=acct,${B},=${ACCOUNT}`)).toEqual([
    `entry 2 "general=${ACCOUNT}": "general" must be a Discord channel id (15 to 21 digits) or *`,
    `entry 3 "${B}=acct": "acct" must be an account channel id (a Discord channel id, 15 to 21 digits)`,
    expect.stringMatching(/^entry 4 "\d+" must be discordChannel=accountChannel \(e\.g\./),
    expect.stringMatching(/^entry 5 "=\d+" must be discordChannel=accountChannel/),
  ]);
});

test('a channel mapped to two different accounts is refused', () => {
  expect(problemsOf(`${A}=${ACCOUNT},${A}=${OTHER}`)).toEqual([
    `entry 2 "${A}=${OTHER}": ${A} is already mapped to ${ACCOUNT}; a channel can use only one account`,
  ]);
  expect(problemsOf(`*=${ACCOUNT},*=${OTHER}`)).toHaveLength(1);
  expect(accountFor(mapOf(`${A}=${ACCOUNT},${A}=${ACCOUNT}`), A)).toBe(ACCOUNT);
});

test('a map with no entries is refused rather than silently shutting every channel out', () => {
  expect(problemsOf(' , ')).toEqual([
    expect.stringMatching(/^is empty; write discordChannel=accountChannel/),
  ]);
});
