/**
 * Time as midjourney-proxy writes it: its host's local wall clock with no offset. `InfoUpdated` is set to
 * `DateTime.Now` (DiscordWebSocketService.cs:1405) and read back from the database as an `Unspecified`
 * DateTime (FreeSqlHelper.cs:76, AdminController.cs:566), which System.Text.Json writes without an offset;
 * every `Result` carries `Timestamp = DateTime.Now.Ticks.ToString()` (Result.cs:37), the same local clock;
 * Kestrel's `Date` header is UTC. The documented Docker setup runs in Asia/Shanghai
 * (scripts/docker-compose.yml:26; docs/install.md:29).
 */
import type { ServerResponse } from 'node:http';

/** The proxy's time zone in its documented Docker setup. */
export const DEFAULT_PROXY_TIME_ZONE = 'Asia/Shanghai';

const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;

/** How far `timeZone`'s wall clock is ahead of UTC at `utcMs`, in ms. */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(utcMs);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(utcMs / 1_000) * 1_000;
}

/** `utcMs` on `timeZone`'s wall clock as System.Text.Json writes an `Unspecified` DateTime. */
export function localDateTime(utcMs: number, timeZone: string): string {
  const wall = new Date(utcMs + zoneOffsetMs(timeZone, utcMs)).toISOString();
  // No offset; the fraction without trailing zeros, none at all on a whole second.
  return wall.replace(/Z$/, '').replace(/\.?0+$/, '');
}

/** `DateTime.Now.Ticks` on a host in `timeZone` at `utcMs`, as the string `Result.Timestamp` is. */
export function localTicks(utcMs: number, timeZone: string): string {
  const wall = utcMs + zoneOffsetMs(timeZone, utcMs);
  return String(BigInt(wall) * 10_000n + TICKS_AT_UNIX_EPOCH);
}

/** The tick count each response's `Result` carries, set when the request arrived. */
const responseTicks = new WeakMap<ServerResponse, string>();

/**
 * Stamps `res` as the proxy at `utcMs` in `timeZone` would: the UTC `Date` header, and the local ticks every
 * `Result` written to it carries (see {@link ticksOf}).
 */
export function stampResponse(res: ServerResponse, utcMs: number, timeZone: string): void {
  res.setHeader('date', new Date(utcMs).toUTCString());
  responseTicks.set(res, localTicks(utcMs, timeZone));
}

/** The ticks for a `Result` on `res`: its stamp, else (an unstamped response) UTC ticks now. */
export function ticksOf(res: ServerResponse): string {
  return responseTicks.get(res) ?? localTicks(Date.now(), 'UTC');
}
