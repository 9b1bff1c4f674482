/**
 * useapi.net behind the upstream port: the speed rules see Midjourney's "Done!" text, a reset, the
 * account's moderation flag and the /info card's fast hours, in the neutral vocabulary every backend shares.
 */
import type { SpeedMode } from '../speedModes.js';
import { parseInfoCardFastHours } from '../upstream/fastHours.js';
import { mapSuccess, type UpstreamOutcome } from '../upstream/outcomes.js';
import type {
  AccountReport,
  AccountSummary,
  FastHours,
  ResetDone,
  SpeedChanged,
  Upstream,
  UpstreamName,
} from '../upstream/port.js';
import type { AccountInfo } from './bodyReaders.js';
import { UseapiClient, type UseapiClientOptions } from './UseapiClient.js';
import { USEAPI_WORDS } from './words.js';

/**
 * @example
 * const upstream = new UseapiUpstream({ baseUrl: 'https://api.useapi.net/v2', token });
 * const outcome = await upstream.setSpeed('turbo', channel); // success: { content: 'Done! ...' }
 */
export class UseapiUpstream implements Upstream {
  readonly name: UpstreamName = 'useapi';
  readonly displayName = USEAPI_WORDS.name;
  readonly words = USEAPI_WORDS;
  readonly #client: UseapiClient;

  constructor(options: UseapiClientOptions) {
    this.#client = new UseapiClient(options);
  }

  /** `POST /jobs/{mode}`: Midjourney's reply text is the confirmation. */
  async setSpeed(mode: SpeedMode, account: string): Promise<UpstreamOutcome<SpeedChanged>> {
    return mapSuccess(await this.#client.setSpeed(mode, account), (job) => ({ content: job.content }));
  }

  /** useapi.net's reset says only "done" (204): it does not tell what it cleared. */
  async reset(account: string): Promise<UpstreamOutcome<ResetDone>> {
    return mapSuccess(await this.#client.resetAccount(account), () => ({ cleared: [] }));
  }

  /** The channel's configuration; a `pendingModMessage` is the flag (useapi.net cannot tell a CAPTCHA apart). */
  async getAccount(account: string): Promise<UpstreamOutcome<AccountReport>> {
    return mapSuccess(await this.#client.getAccount(account), reportOf);
  }

  /** `POST /jobs/info`: the Fast Time Remaining line of Midjourney's /info card, read as of now. */
  async fastTime(account: string): Promise<UpstreamOutcome<FastHours | undefined>> {
    return mapSuccess(await this.#client.info(account), (job) =>
      job.content === undefined ? undefined : parseInfoCardFastHours(job.content),
    );
  }

  /** `GET /account/midjourney`: every configured channel. */
  async listAccounts(): Promise<UpstreamOutcome<AccountSummary[]>> {
    return mapSuccess(await this.#client.listAccounts(), (accounts) =>
      accounts.flatMap((info) => {
        const report = reportOf(info);
        return info.channel
          ? [{ account: info.channel, enabled: report.enabled, flagged: report.flagged }]
          : [];
      }),
    );
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}

/** useapi.net has no "disabled" state of its own: a configured account is enabled. */
function reportOf(info: AccountInfo): AccountReport {
  return {
    flagged: info.flagged,
    cause: info.flagged ? 'moderation' : undefined,
    moderationText: info.pendingModMessage,
    enabled: true,
  };
}
