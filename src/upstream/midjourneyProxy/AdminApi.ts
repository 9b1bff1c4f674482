/**
 * midjourney-proxy's admin routes the bot uses, one method each, every one resolving to a classified
 * outcome. Routes and shapes are from the proxy's source (AdminController.cs; docs/midjourney-proxy.md).
 */
import type { CallDeadline } from '../CallDeadline.js';
import type { HttpRequest, HttpTransport } from '../http/HttpTransport.js';
import type { RawResponse } from '../http/responseBody.js';
import type { ClassifiedOutcome } from '../outcomes.js';
import { classifyProxyResponse, type JsonReader } from './classify.js';
import {
  type AccountSearch,
  accountSearchSchema,
  type ProxyAccount,
  proxyAccountSchema,
  type ResultEnvelope,
  resultEnvelopeSchema,
} from './schemas.js';

/** The state one client call threads through its requests: its deadline and what to report in the meta. */
export interface CallContext {
  readonly deadline: CallDeadline;
  /** HTTP requests made so far. */
  attempts: number;
  /** Status of the last response. */
  status?: number;
}

/** A search page: `{pagination: {current, pageSize}, search: {...}}` (StandardTableParam). */
export interface AccountQuery {
  readonly channelId?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

const readAccount: JsonReader<ProxyAccount> = (json) => {
  const account = proxyAccountSchema.safeParse(json);
  return account.success ? account.data : undefined;
};

const readSearch: JsonReader<AccountSearch> = (json) => {
  const search = accountSearchSchema.safeParse(json);
  return search.success ? search.data : undefined;
};

/** A `Result` that says `success: true` (refusals were classified before the reader runs). */
const readOk: JsonReader<ResultEnvelope> = (json) => {
  const envelope = resultEnvelopeSchema.safeParse(json);
  return envelope.success && envelope.data.success ? envelope.data : undefined;
};

/** The admin API under `/mj/admin`. */
export class AdminApi {
  constructor(
    private readonly transport: HttpTransport,
    /** Sees every response before it is classified (the proxy's clock is read from them). */
    private readonly onResponse?: (raw: RawResponse) => void,
  ) {}

  /** `POST /mj/admin/accounts`: search, disabled accounts included (unlike `GET accounts`). */
  searchAccounts(call: CallContext, query: AccountQuery): Promise<ClassifiedOutcome<AccountSearch>> {
    const search = query.channelId === undefined ? {} : { channelId: query.channelId };
    return this.#send(
      call,
      {
        method: 'POST',
        path: '/mj/admin/accounts',
        json: {
          pagination: { current: query.page ?? 1, pageSize: query.pageSize ?? 10 },
          sort: { predicate: '', reverse: false },
          search,
        },
      },
      readSearch,
    );
  }

  /** `GET /mj/admin/account/{id}`: the raw account, no envelope. */
  account(call: CallContext, id: string): Promise<ClassifiedOutcome<ProxyAccount>> {
    return this.#send(
      call,
      { method: 'GET', path: `/mj/admin/account/${encodeURIComponent(id)}` },
      readAccount,
    );
  }

  /**
   * `POST /mj/admin/account-sync/{id}`: sends /info and /settings and answers once both had time to land
   * (5.5–15 s, DiscordService.cs:4238-4278). Only `AccountWatcher.syncAndWait` calls it, behind the gate.
   */
  sync(call: CallContext, id: string): Promise<ClassifiedOutcome<ResultEnvelope>> {
    return this.#send(
      call,
      { method: 'POST', path: `/mj/admin/account-sync/${encodeURIComponent(id)}` },
      readOk,
    );
  }

  /** `POST /mj/admin/account-action/{id}?customId&botType=MID_JOURNEY`: clicks one `/settings` button. */
  clickButton(call: CallContext, id: string, customId: string): Promise<ClassifiedOutcome<ResultEnvelope>> {
    return this.#send(
      call,
      {
        method: 'POST',
        path: `/mj/admin/account-action/${encodeURIComponent(id)}`,
        query: { customId, botType: 'MID_JOURNEY' },
      },
      readOk,
    );
  }

  /** `POST /mj/admin/account-cf/{id}`: marks the CAPTCHA solved (clears `lock`, `cfUrl`, the reason). */
  captchaSolved(call: CallContext, id: string): Promise<ClassifiedOutcome<ResultEnvelope>> {
    return this.#send(
      call,
      { method: 'POST', path: `/mj/admin/account-cf/${encodeURIComponent(id)}` },
      readOk,
    );
  }

  /** `POST /mj/admin/accounts-enable` with `["id", ...]`: enables disabled accounts. */
  enable(call: CallContext, ids: readonly string[]): Promise<ClassifiedOutcome<ResultEnvelope>> {
    return this.#send(call, { method: 'POST', path: '/mj/admin/accounts-enable', json: ids }, readOk);
  }

  async #send<T>(
    call: CallContext,
    request: HttpRequest,
    read: JsonReader<T>,
  ): Promise<ClassifiedOutcome<T>> {
    call.attempts += 1;
    const result = await this.transport.send(request, call.deadline.signal);
    if (!result.ok) {
      if (result.status !== undefined) call.status = result.status;
      return { kind: 'unavailable', reason: result.reason, status: result.status, detail: result.detail };
    }
    call.status = result.raw.status;
    this.onResponse?.(result.raw);
    return classifyProxyResponse(result.raw, read);
  }
}
