import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedFile } from './types.js';

/** A request body after content-type specific parsing. */
export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
  /** Set when the body claimed to be JSON but was not. */
  invalidJson: boolean;
}

const MAX_BODY_BYTES = 26_214_400;

/** Reads the whole request body (Discord's upload limit is 25 MiB; more is cut off). */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Parses JSON bodies, and multipart/form-data bodies the way Discord reads them (`payload_json` carries
 * the JSON, `files[n]` the uploads). Anything else is kept as text.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [], invalidJson: false };
  const type = contentType?.toLowerCase() ?? '';
  if (type.startsWith('multipart/form-data')) {
    const files: RecordedFile[] = [];
    let body: unknown;
    let invalidJson = false;
    try {
      // The fetch API's multipart parser is built into Node; no dependency needed.
      const form = await new Response(raw, { headers: { 'content-type': contentType ?? '' } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') {
            const parsed = parseJson(value);
            if (parsed.ok) body = parsed.value;
            else invalidJson = true;
          }
        } else {
          files.push({ field, filename: value.name, contentType: value.type, size: value.size });
        }
      }
    } catch {
      invalidJson = true;
    }
    return { body, files, invalidJson };
  }
  const text = raw.toString('utf8');
  if (type.startsWith('application/json')) {
    const parsed = parseJson(text);
    return parsed.ok
      ? { body: parsed.value, files: [], invalidJson: false }
      : { body: text, files: [], invalidJson: true };
  }
  return { body: text, files: [], invalidJson: false };
}

/** Answers with JSON, or with an empty body for 204. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  if (status === 204 || body === undefined) {
    response.writeHead(status, headers);
    response.end();
    return;
  }
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  response.end(payload);
}
