/**
 * Turn a 2xx body into the client's success value. Each reader decides what "a usable body" means for its
 * route; a reader failing makes the call `unavailable` (`invalidBody` or `bodyTooLarge`).
 */
import { type RawResponse, readJson } from '../upstream/http/responseBody.js';
import {
  type AccountResponse,
  accountListSchema,
  accountResponseSchema,
  jobResponseSchema,
} from './schemas.js';

/** The value of a successful jobs call (`/jobs/fast|turbo|relax|info`). */
export interface JobResult {
  /** Midjourney's reply text (the "Done! ..." line, or the /info card); useapi.net may leave it out. */
  readonly content?: string;
  /** useapi.net's job id, read from `jobid` (documented) or `jobId` (turbo model). */
  readonly jobId?: string;
  /** Job status as reported, normally `completed`. */
  readonly jobStatus?: string;
  readonly verb?: string;
}

/** The value of a successful `GET /account/midjourney/{channel}`. */
export interface AccountInfo {
  readonly channel?: string;
  readonly maxJobs?: number;
  /** First and last three characters of the Discord token, as useapi.net reports it. */
  readonly discord?: string;
  /** The moderation text useapi.net recorded, when it gave one. */
  readonly pendingModMessage?: string;
  /** True while useapi.net has the account flagged (pendingModMessage present and not empty/false). */
  readonly flagged: boolean;
}

/** The value of a successful reset: any 2xx counts, with or without a body. */
export interface ResetResult {
  /** True for the documented 204 (or any empty 2xx); false when some body came back. */
  readonly emptyBody: boolean;
}

/** The result of reading a success body. */
export type BodyReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'invalidBody' | 'bodyTooLarge' };

/** Reads a 2xx body into a success value. Pure. */
export type BodyReader<T> = (raw: RawResponse) => BodyReadResult<T>;

/** `/jobs/*` success: a JSON object; `content` may be absent, the id may be `jobid` or `jobId`. */
export const readJobBody: BodyReader<JobResult> = (raw) => {
  const json = readJson(raw);
  if (!json.ok) return json;
  const job = jobResponseSchema.safeParse(json.value);
  if (!job.success) return { ok: false, reason: 'invalidBody' };
  const { data } = job;
  // The v2 docs show the text in `content`; some Midjourney replies are embeds, so fall back to those.
  const content = data.content ?? data.embeds?.find((embed) => embed.description)?.description;
  return {
    ok: true,
    value: {
      content,
      jobId: data.jobid ?? data.jobId,
      jobStatus: data.status,
      verb: data.verb,
    },
  };
};

/** `GET /account/midjourney/{channel}` success: a JSON object exposing `pendingModMessage` when flagged. */
export const readAccountBody: BodyReader<AccountInfo> = (raw) => {
  const json = readJson(raw);
  if (!json.ok) return json;
  const account = accountResponseSchema.safeParse(json.value);
  return account.success
    ? { ok: true, value: accountInfo(account.data) }
    : { ok: false, reason: 'invalidBody' };
};

/** `GET /account/midjourney` success: an object keyed by channel id, one configuration each. */
export const readAccountListBody: BodyReader<AccountInfo[]> = (raw) => {
  const json = readJson(raw);
  if (!json.ok) return json;
  const list = accountListSchema.safeParse(json.value);
  if (!list.success) return { ok: false, reason: 'invalidBody' };
  return {
    ok: true,
    value: Object.entries(list.data).map(([channel, account]) => accountInfo({ channel, ...account })),
  };
};

function accountInfo(data: AccountResponse): AccountInfo {
  const pending = data.pendingModMessage;
  return {
    channel: data.channel,
    maxJobs: data.maxJobs,
    discord: data.discord,
    pendingModMessage: typeof pending === 'string' && pending.trim() !== '' ? pending : undefined,
    flagged: pending === true || (typeof pending === 'string' && pending.trim() !== ''),
  };
}

/** Reset success: any 2xx, whatever the body (204 empty is documented, some deployments send JSON). */
export const readResetBody: BodyReader<ResetResult> = (raw) => ({
  ok: true,
  value: { emptyBody: raw.body.length === 0 && !raw.bodyTruncated },
});
