/**
 * Turn a 2xx body into the client's success value. Each reader decides what "a usable body" means for its
 * route; a reader failing makes the call `unavailable` (`invalidBody` or `bodyTooLarge`).
 */
import type { AccountInfo, JobResult, ResetResult } from './outcomes.js';
import { accountResponseSchema, jobResponseSchema } from './schemas.js';

/** What the transport read: status, headers, and the body text, possibly cut off at the size cap. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
  /** True when the body was longer than the cap and only its beginning is in `body`. */
  readonly bodyTruncated?: boolean;
}

/** The result of reading a success body. */
export type BodyReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'invalidBody' | 'bodyTooLarge' };

/** Reads a 2xx body into a success value. Pure. */
export type BodyReader<T> = (raw: RawResponse) => BodyReadResult<T>;

/** `JSON.parse` that reports failure instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function readJsonObject(raw: RawResponse): BodyReadResult<unknown> {
  // A cut-off body is never parsed: a prefix of JSON is not the document the server meant.
  if (raw.bodyTruncated) return { ok: false, reason: 'bodyTooLarge' };
  const parsed = parseJson(raw.body);
  if (!parsed.ok) return { ok: false, reason: 'invalidBody' };
  return { ok: true, value: parsed.value };
}

/** `/jobs/*` success: a JSON object; `content` may be absent, the id may be `jobid` or `jobId`. */
export const readJobBody: BodyReader<JobResult> = (raw) => {
  const json = readJsonObject(raw);
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
  const json = readJsonObject(raw);
  if (!json.ok) return json;
  const account = accountResponseSchema.safeParse(json.value);
  if (!account.success) return { ok: false, reason: 'invalidBody' };
  const { data } = account;
  const pending = data.pendingModMessage;
  return {
    ok: true,
    value: {
      channel: data.channel,
      maxJobs: data.maxJobs,
      discord: data.discord,
      pendingModMessage: typeof pending === 'string' && pending.trim() !== '' ? pending : undefined,
      flagged: pending === true || (typeof pending === 'string' && pending.trim() !== ''),
    },
  };
};

/** Reset success: any 2xx, whatever the body (204 empty is documented, some deployments send JSON). */
export const readResetBody: BodyReader<ResetResult> = (raw) => ({
  ok: true,
  value: { emptyBody: raw.body.length === 0 && !raw.bodyTruncated },
});
