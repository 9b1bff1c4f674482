import type { RecordedRequest, RequestMatcher, RouteName } from './types.js';

/** The API version prefix discord.js puts before every route. */
export const API_PREFIX = '/api/v10';

interface RouteDef {
  segments: readonly string[];
  /** Whether `Authorization: Bot <token>` is required. */
  auth: boolean;
  methods: Readonly<Partial<Record<string, RouteName>>>;
}

function route(path: string, auth: boolean, methods: RouteDef['methods']): RouteDef {
  return { segments: path.split('/'), auth, methods };
}

const ROUTES: readonly RouteDef[] = [
  route('/gateway', false, { GET: 'getGateway' }),
  route('/gateway/bot', true, { GET: 'getGatewayBot' }),
  route('/users/@me', true, { GET: 'getCurrentUser' }),
  route('/users/@me/channels', true, { POST: 'createDm' }),
  route('/users/@me/guilds', true, { GET: 'getCurrentUserGuilds' }),
  route('/applications/@me', true, { GET: 'getCurrentApplication' }),
  // Interaction callbacks and webhooks are authorised by the token in the path.
  route('/interactions/:interactionId/:token/callback', false, { POST: 'interactionCallback' }),
  route('/webhooks/:applicationId/:token', false, { POST: 'createFollowUp' }),
  route('/webhooks/:applicationId/:token/messages/:messageId', false, {
    GET: 'getFollowUp',
    PATCH: 'editFollowUp',
    DELETE: 'deleteFollowUp',
  }),
  route('/channels/:channelId', true, { GET: 'getChannel' }),
  route('/channels/:channelId/messages', true, { POST: 'createChannelMessage' }),
  route('/channels/:channelId/messages/:messageId', true, {
    GET: 'getChannelMessage',
    PATCH: 'editChannelMessage',
    DELETE: 'deleteChannelMessage',
  }),
  // The current pin routes (resources/message.mdx, Pin Message); `/channels/{id}/pins/{id}` is deprecated.
  route('/channels/:channelId/messages/pins/:messageId', true, { PUT: 'pinMessage', DELETE: 'unpinMessage' }),
  route('/guilds/:guildId', true, { GET: 'getGuild' }),
  route('/guilds/:guildId/members/:userId', true, { GET: 'getGuildMember' }),
  route('/applications/:applicationId/commands', true, {
    GET: 'getGlobalCommands',
    PUT: 'putGlobalCommands',
  }),
  route('/applications/:applicationId/guilds/:guildId/commands', true, {
    GET: 'getGuildCommands',
    PUT: 'putGuildCommands',
  }),
];

const ORIGINAL_ROUTE: Partial<Record<RouteName, RouteName>> = {
  getFollowUp: 'getOriginal',
  editFollowUp: 'editOriginal',
  deleteFollowUp: 'deleteOriginal',
};

/** Which route a request hit. */
export interface RouteMatch {
  route: RouteName | null;
  params: Record<string, string>;
  auth: boolean;
  /** The path exists but not for this method. */
  wrongMethod: boolean;
}

/** No route: the request is unexpected. */
export const NO_ROUTE: RouteMatch = { route: null, params: {}, auth: false, wrongMethod: false };

/** Finds the route for decoded path segments (relative to {@link API_PREFIX}). */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  for (const def of ROUTES) {
    if (def.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = def.segments.every((part, index) => {
      const actual = segments[index] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = actual;
        return actual !== '';
      }
      return part === actual;
    });
    if (!fits) continue;
    const name = def.methods[method];
    if (!name) return { route: null, params, auth: def.auth, wrongMethod: true };
    const resolved = params.messageId === '@original' ? (ORIGINAL_ROUTE[name] ?? name) : name;
    return { route: resolved, params, auth: def.auth, wrongMethod: false };
  }
  return NO_ROUTE;
}

/** Percent-decodes one path segment (`%40original` → `@original`), leaving malformed ones as they are. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether a recorded request satisfies every field of the matcher. */
export function matchesRequest(matcher: RequestMatcher, request: RecordedRequest): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.route && matcher.route !== request.route) return false;
  if (typeof matcher.path === 'string' && matcher.path !== request.path) return false;
  if (matcher.path instanceof RegExp && !matcher.path.test(request.path)) return false;
  return true;
}
