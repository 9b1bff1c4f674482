/**
 * The state store as the bot opens it: it opens, a probe key is written, read back and removed, and the
 * channels halted in it are listed for the admin. The probe key expires on its own should its removal fail;
 * nothing the bot stored is touched.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import { ChannelState, type HaltRecord } from '../../state/ChannelState.js';
import { listKeys } from '../../state/listKeys.js';
import { type OpenedStore, openStore } from '../../state/openStore.js';
import { withinTime } from '../../timeLimit.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, skipped, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';

const STORE: CheckName = { id: 'store', title: 'State store' };
const HALTS: CheckName = { id: 'haltedChannels', title: 'Halted channels' };

const PROBE_TTL_MS = 60_000;
const CLOSE_WAIT_MS = 2_000;
/** How ChannelState keys a halt: `halt:<account>`. */
const HALT_KEY = /^(?:.*:)?halt:(\d+)$/;

/** The store checks; the halts are read only from a store that passed its probe. */
export function storeChecks(config: Config, cwd: string): CheckGroup {
  return {
    checks: [STORE, HALTS],
    service: 'the state store (STORE_URL)',
    async run(report) {
      let store: OpenedStore;
      try {
        store = await openStore(config.storeUrl, () => {}, cwd);
      } catch (error) {
        report(failed(STORE, `cannot open STORE_URL: ${reason(error)}`, storeFix(config.storeUrl)));
        report(skipped(HALTS, 'needs a working state store'));
        return;
      }
      try {
        const probe = await probeStore(store, config.storeUrl);
        report(probe);
        report(
          probe.status === 'ok'
            ? await haltedChannels(store, config)
            : skipped(HALTS, 'needs a working state store'),
        );
      } finally {
        await withinTime(store.close(), CLOSE_WAIT_MS, () => new Error('close')).catch(() => {});
      }
    },
  };
}

/** Writes, reads back and removes a key of its own. */
async function probeStore(store: OpenedStore, storeUrl: string): Promise<CheckResult> {
  const where = `${store.kind === 'sqlite' ? 'SQLite file' : 'Redis'} ${store.location}`;
  const key = `doctor-probe:${randomUUID()}`;
  const value = { writtenAt: new Date().toISOString() };
  try {
    await store.keyv.set(key, value, PROBE_TTL_MS);
    const read = await store.keyv.get<typeof value>(key);
    await store.keyv.delete(key);
    if (read?.writtenAt !== value.writtenAt) {
      return failed(STORE, `${where} did not give back the probe key it stored`, storeFix(storeUrl));
    }
  } catch (error) {
    return failed(STORE, `${where}: a probe key could not be stored (${reason(error)})`, storeFix(storeUrl));
  }
  return passed(STORE, `${where}: a probe key was written, read back and removed`);
}

/** Every halt the store holds: account, since when, what met the moderation flag. */
async function haltedChannels(store: OpenedStore, config: Config): Promise<CheckResult> {
  const { keyv } = store;
  // A walk of the keys rather than the halts index: it also finds halts a version without the index stored.
  const keys = await listKeys(keyv);
  if (!keys) return warned(HALTS, 'this store cannot list its keys, so halts were not looked for');
  const accounts = new Set(keys.flatMap((key) => HALT_KEY.exec(key)?.[1] ?? []));
  const state = new ChannelState(keyv);
  const halts: string[] = [];
  for (const account of [...accounts].sort()) {
    const halt = await state.halt(account);
    if (halt) halts.push(describeHalt(account, halt, teamChannels(config, account)));
  }
  if (halts.length === 0) return passed(HALTS, 'no channel is halted');
  return warned(
    HALTS,
    `${halts.length} account${halts.length === 1 ? ' is' : 's are'} halted after a moderation flag`,
    {
      fix: 'once the moderation message or CAPTCHA is dealt with in Discord, an admin runs `/speed reset` in a channel of that account',
      details: halts,
    },
  );
}

function describeHalt(account: string, halt: HaltRecord, channels: readonly string[]): string {
  const what = halt.command === 'unknown' ? 'the upstream’s account flag' : `/speed ${halt.command}`;
  const by = halt.userId ? ` by user ${halt.userId}` : '';
  const routed = channels.length > 0 ? ` (channels ${channels.join(', ')})` : '';
  const text = halt.upstreamText ? `: “${oneLine(halt.upstreamText, 100)}”` : '';
  return `${account}${routed}: halted since ${halt.since}, met by ${what}${by}${text}`;
}

/** The Discord channels CHANNEL_MAP routes to `account`, so the admin knows where to type the reset. */
function teamChannels(config: Config, account: string): string[] {
  const map = config.channelMap;
  if (!map) return [];
  const listed = [...map.routes].filter(([, to]) => to === account).map(([from]) => from);
  return map.fallback === account ? [...listed, 'every other channel (*)'] : listed;
}

function storeFix(storeUrl: string): string {
  return storeUrl.startsWith('sqlite://')
    ? 'make sure the folder of the SQLite file in STORE_URL exists or can be created, and that this user may write there'
    : 'make sure Redis runs at the address in STORE_URL and accepts this client (password, TLS with rediss://)';
}

/** An error's message or code, on one line. */
function reason(error: unknown): string {
  const target = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  if (target instanceof Error) {
    const code = (target as { code?: unknown }).code;
    return oneLine(target.message || (typeof code === 'string' ? code : target.name), 200);
  }
  return oneLine(String(target), 200);
}
