/**
 * The sentence an unreachable Discord gets, for the failures a child process cannot show here without the
 * network or a minute of waiting: a host name that does not resolve and a request @discordjs/rest gave up
 * on. The errors have the shapes Node and @discordjs/rest throw (`getaddrinfo` errors, a DOMException).
 */
import { expect, test } from 'vitest';
import { explainStartupFailure } from '../../src/fatal.js';
import { discordAddress, reaching } from '../../src/unreachable.js';

async function sentenceFor(failure: unknown): Promise<string> {
  try {
    await reaching(discordAddress('https://discord.com/api'), Promise.reject(failure));
  } catch (error) {
    return explainStartupFailure(error);
  }
  throw new Error('expected the start to fail');
}

test('a host name that does not resolve is named, with what to check', async () => {
  const dns = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), {
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: 'discord.com',
  });
  expect(await sentenceFor(dns)).toBe(
    "Could not reach Discord at discord.com (its host name could not be resolved): check DISCORD_API_URL, that Discord is up, and this machine's network (DNS, firewall, proxy), then start again.",
  );
});

test('a request that got no answer in time says so', async () => {
  const aborted = new DOMException('This operation was aborted', 'AbortError');
  expect(await sentenceFor(aborted)).toMatch(
    /^Could not reach Discord at discord.com \(it did not answer in time\)/,
  );
  // undici puts the socket's error in `cause`.
  const fetchFailed = new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ETIMEDOUT'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
  });
  expect(await sentenceFor(fetchFailed)).toContain('(it did not answer in time)');
});

test('an answer that refuses the token is not mistaken for an unreachable Discord', async () => {
  const refused = Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' });
  expect(await sentenceFor(refused)).toMatch(/^Discord rejected DISCORD_TOKEN/);
});
