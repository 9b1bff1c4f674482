import { expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { proxyTokenRisks } from '../../src/upstream/proxyTokenRisks.js';

const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-discord-token-value_0123456789';
const risksOf = (url: string, token = 'mjproxy-ADMIN-s3cr3t-9b1c4e') =>
  proxyTokenRisks(
    parseConfig({ DISCORD_TOKEN, UPSTREAM: 'midjourney-proxy', MJ_PROXY_URL: url, MJ_PROXY_TOKEN: token })
      .upstream,
  );

test("the proxy's fresh-install token is named as a risk, without writing it", () => {
  const risks = risksOf('http://127.0.0.1:8080', 'admin');
  expect(risks).toEqual([
    expect.stringMatching(/^MJ_PROXY_TOKEN is the token every fresh midjourney-proxy accepts/),
  ]);
  expect(risks[0]).not.toMatch(/\badmin\b/);
});

test('http:// to another machine is a risk; loopback, a container service name or https:// are not', () => {
  for (const url of ['http://proxy.example.org:8080', 'http://192.168.1.20:8086', 'http://10.0.0.5']) {
    expect(risksOf(url), url).toEqual([
      expect.stringMatching(/^MJ_PROXY_URL is http:\/\/ to .+, which is not this machine/),
    ]);
  }
  for (const url of [
    'http://127.0.0.1:8080',
    'http://localhost:8086',
    'http://[::1]:8080',
    'http://midjourney-proxy:8080',
    'https://proxy.example.org',
  ]) {
    expect(risksOf(url), url).toEqual([]);
  }
});

test('useapi.net has no such risk', () => {
  expect(
    proxyTokenRisks(
      parseConfig({ DISCORD_TOKEN, USEAPI_TOKEN: 'user:1234-s3cr3tUseapiTokenValue' }).upstream,
    ),
  ).toEqual([]);
});
