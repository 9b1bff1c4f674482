/**
 * zod schemas for useapi.net v2 bodies. useapi.net documents every field as optional and spells the job id
 * both `jobid` and `jobId`, so every field here is optional and a field of the wrong type is dropped rather
 * than failing the whole body: the bot only needs a few of them, and a cosmetic change upstream must not
 * turn a working mode switch into an error. Unknown fields are kept (loose objects) and ignored.
 */
import { z } from 'zod';

/** An optional field that becomes `undefined` instead of failing the parse when its type is wrong. */
function lenient<S extends z.ZodType>(schema: S) {
  return schema.optional().catch(undefined);
}

/** The error envelope every useapi.net error uses: `{ error?, errorDetails?, code? }`. */
export const errorEnvelopeSchema = z.looseObject({
  error: lenient(z.string()),
  errorDetails: lenient(z.string()),
  code: lenient(z.number()),
});

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

const embedSchema = z.looseObject({
  type: lenient(z.string()),
  description: lenient(z.string()),
});

/**
 * A job body (`/jobs/fast|turbo|relax|info`), success or the job-shaped 596. Includes the error envelope
 * fields because the failed job shape carries them too.
 */
export const jobResponseSchema = errorEnvelopeSchema.extend({
  jobid: lenient(z.string()),
  jobId: lenient(z.string()),
  verb: lenient(z.string()),
  status: lenient(z.string()),
  created: lenient(z.string()),
  updated: lenient(z.string()),
  discord: lenient(z.string()),
  channel: lenient(z.string()),
  server: lenient(z.string()),
  replyUrl: lenient(z.string()),
  replyRef: lenient(z.string()),
  messageId: lenient(z.string()),
  timestamp: lenient(z.string()),
  content: lenient(z.string()),
  embeds: lenient(z.array(embedSchema).catch([])),
});

export type JobResponse = z.infer<typeof jobResponseSchema>;

/**
 * `GET /account/midjourney/{channel}`. `pendingModMessage` is documented as text; a boolean is accepted
 * too so a flag is never missed because of its type.
 */
export const accountResponseSchema = errorEnvelopeSchema.extend({
  channel: lenient(z.string()),
  discord: lenient(z.string()),
  server: lenient(z.string()),
  maxJobs: lenient(z.number()),
  pendingModMessage: lenient(z.union([z.string(), z.boolean(), z.null()])),
});

export type AccountResponse = z.infer<typeof accountResponseSchema>;

/**
 * `GET /account/midjourney`: every configuration keyed by its channel id. An entry that is not an object is
 * dropped rather than failing the list.
 */
export const accountListSchema = z.record(z.string(), accountResponseSchema.catch({}));
