/**
 * A local midjourney-proxy (its admin API on 127.0.0.1) for tests, the demo and the benchmark. See
 * {@link MidjourneyProxyStandIn}.
 *
 * @example
 * const proxy = await MidjourneyProxyStandIn.start({ token: 'admin-token' });
 * proxy.addAccount({ channelId: '1181234567890123456', mode: 'relax' });
 * proxy.setModeLag(2); // the new mode shows on the third read after the click
 * const client = new MidjourneyProxyClient({ baseUrl: proxy.url, token: 'admin-token' });
 * // ...
 * await proxy.close();
 */
export {
  modeCustomId,
  type ProxyAccountSeed,
  STAND_IN_USER_TOKEN,
  type StandInAccount,
  type StandInMode,
  snowflakeAt,
} from './midjourneyProxy/accounts.js';
export {
  type DiscordRefusal,
  FORBIDDEN_ANSWER,
  FORBIDDEN_REASON,
  type ProxyFault,
  type ProxyRoute,
  proxyFaults,
  type RecordedProxyRequest,
} from './midjourneyProxy/faults.js';
export {
  type Lag,
  MidjourneyProxyStandIn,
  type ProxyStandInOptions,
} from './midjourneyProxy/ProxyStandIn.js';
