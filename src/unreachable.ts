/**
 * A service the process cannot start without (Discord, for the bot, deploy and the shard manager) that
 * could not be reached at all: told apart from a refusal, so the operator hears which address to check
 * rather than a bare `getaddrinfo ENOTFOUND`.
 */

/** A service as the operator configures it: its name, the variable that sets its address, and the address. */
export interface ServiceAddress {
  readonly name: string;
  readonly variable: string;
  readonly url: string;
}

/** Why nothing came back: each has its own remedy. */
export type UnreachableReason = 'refused' | 'unresolved' | 'timeout' | 'failed';

const REASON_OF_CODE: Readonly<Record<string, UnreachableReason>> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'unresolved',
  EAI_AGAIN: 'unresolved',
  EAI_FAIL: 'unresolved',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  ECONNRESET: 'failed',
  EHOSTUNREACH: 'failed',
  ENETUNREACH: 'failed',
  EPIPE: 'failed',
  UND_ERR_SOCKET: 'failed',
  CERT_HAS_EXPIRED: 'failed',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'failed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'failed',
};

/** Thrown instead of the network error when a service needed at start could not be reached. */
export class ServiceUnreachableError extends Error {
  override readonly name = 'ServiceUnreachableError';

  constructor(
    readonly service: ServiceAddress,
    readonly reason: UnreachableReason,
    options: { cause: unknown },
  ) {
    super(`could not reach ${service.name} (${reason})`, options);
  }
}

/**
 * Why `error` means nothing was reached, or `undefined` when something answered (a refusal of the token
 * is not a network problem). Looks through `cause`, where fetch-based clients put the socket's error;
 * an abort is @discordjs/rest giving up on a request that got no answer in time.
 */
export function unreachableReason(error: unknown, depth = 0): UnreachableReason | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof code === 'string' && code in REASON_OF_CODE) return REASON_OF_CODE[code];
  if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
  return unreachableReason(cause, depth + 1);
}

/** `work`'s result; a network failure becomes a {@link ServiceUnreachableError} naming `service`. */
export async function reaching<T>(service: ServiceAddress, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const reason = unreachableReason(error);
    throw reason ? new ServiceUnreachableError(service, reason, { cause: error }) : error;
  }
}

/** Discord as the configuration addresses it (DISCORD_API_URL). */
export const discordAddress = (apiUrl: string): ServiceAddress => ({
  name: 'Discord',
  variable: 'DISCORD_API_URL',
  url: apiUrl,
});
