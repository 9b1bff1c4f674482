/** What the one line a start logs once the bot is connected says. */
export interface ConnectionFacts {
  user: { tag: string; id: string };
  /** Guilds the gateway delivered before READY. */
  servers: number;
  /** The upstream's name as configured (e.g. `useapi.net`) and its base URL; only the host is shown. */
  upstream: { name: string; baseUrl: string };
  /** Where the state lives, already without credentials (see `OpenedStore.location`). */
  store: string;
}

/**
 * The start's one info line, for an operator checking that a fresh `.env` did what they meant: connected,
 * as which bot user, in how many servers, against which upstream host, with which store. No token or
 * password can reach it: the upstream is reduced to its host, the store description carries none.
 */
export function connectedLine(facts: ConnectionFacts): { fields: Record<string, unknown>; message: string } {
  const upstreamHost = new URL(facts.upstream.baseUrl).host;
  const servers = `${facts.servers} ${facts.servers === 1 ? 'server' : 'servers'}`;
  return {
    fields: {
      user: facts.user.tag,
      userId: facts.user.id,
      servers: facts.servers,
      upstream: facts.upstream.name,
      upstreamHost,
      store: facts.store,
    },
    message:
      `ready: connected to Discord as ${facts.user.tag} (id ${facts.user.id}) in ${servers}; ` +
      `upstream ${facts.upstream.name} at ${upstreamHost}; store: ${facts.store}`,
  };
}
