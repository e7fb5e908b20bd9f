import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, type Middleware, type AnyMiddlewareArgs, type RespondFn } from '@slack/bolt';
import type { Actor, CoreApi } from '../../src/core/api.ts';
import { isHoldspaceError } from '../../src/core/errors.ts';
import type { Platform } from '../../src/core/platform.ts';
import type { Logger } from '../../src/log/logger.ts';
import { ActorResolver, ROLE_CACHE_MS } from './actor-resolver.ts';
import { CARD_ACTIONS, DISMISS_BLOCK, DISMISS_INPUT, DISMISS_VIEW, STEP_OF_ACTION, detailBlocks, dismissModal } from './blocks.ts';
import { boltLogger } from './bolt-logger.ts';
import { ChannelPacer, CHANNEL_POST_INTERVAL_MS } from './channel-pacer.ts';
import { holdspaceCommand, memberCommand, privacyCommand, reviewCommand, type Reply } from './commands.ts';
import { DeliveryDedupe } from './delivery-dedupe.ts';
import { translateMessageEvent, type SlackMessageEvent } from './message-events.ts';
import { SlackPlatform } from './slack-platform.ts';

export interface SlackAdapterOptions {
  botToken: string;
  /** HTTP mode (Events API, slash commands and interactivity over signed HTTP requests). */
  signingSecret?: string | undefined;
  /** Socket Mode: set an app-level token (xapp-…, scope connections:write) and no public URL is needed. */
  appToken?: string | undefined;
  /** A workspace admin's user token (chat:write): lets Holdspace delete PHI disclosures. */
  userToken?: string | undefined;
  /** Web API base URL, e.g. https://slack.com/api/ (a fake one in tests). */
  apiUrl: string;
  /** HTTP port; 0 picks a free one. Unused in Socket Mode. */
  port: number;
  /** Interface to listen on (default: all). Tests pass 127.0.0.1. */
  host?: string | undefined;
  core: CoreApi;
  logger: Logger;
  /** Spacing of posts to one channel; Slack allows about one per second. */
  channelIntervalMs?: number | undefined;
  /** How long user-group membership and admin flags are cached. */
  roleCacheMs?: number | undefined;
  /** WebClient retries per call (429s are waited out for Retry-After, then retried). */
  retries?: number | undefined;
}

export interface SlackAdapter {
  platform: Platform;
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
  /** Resolves when every event, command and click received so far has been handed to the core (for tests and shutdown). */
  idle(): Promise<void>;
}

/** Codes whose userMessage is meant for the person who acted. Anything else is ours to log, not theirs to read. */
const USER_FACING = new Set(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'CONFIG_INVALID']);
const SORRY = 'Sorry, something went wrong on Holdspace\'s side. It has been logged; please try again in a moment.';

/**
 * Holdspace as a Slack app, on Bolt. It translates Slack's events, commands and clicks into CoreApi calls,
 * acknowledges within Slack's 3 s, and performs the core's PlatformActions. It decides nothing itself.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { core, logger } = options;
  const socketMode = options.appToken !== undefined;
  if (!socketMode && !options.signingSecret) throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');

  const app = new App({
    token: options.botToken,
    ...(options.appToken !== undefined ? { socketMode: true, appToken: options.appToken } : { signingSecret: options.signingSecret as string, port: options.port }),
    clientOptions: {
      slackApiUrl: options.apiUrl,
      // The WebClient waits out a 429's Retry-After (pausing every call) and retries; after this many tries the
      // action fails as retryable and the core's queue tries again later.
      retryConfig: { retries: options.retries ?? 3, factor: 2, minTimeout: 200, maxTimeout: 5_000 },
    },
    logger: boltLogger(logger),
    logLevel: LogLevel.INFO,
    // An event is answered only once the core has it (a few ms): if the core cannot take it (queue down), Slack
    // gets a 500 and re-delivers it later instead of it being lost. Commands and clicks acknowledge first and
    // work after, so they never hold the response.
    processBeforeResponse: true,
    // auth.test runs in start(), where a bad token is a clear error, not an unhandled rejection in the constructor.
    deferInitialization: true,
  });
  const client = app.client;
  const actors = new ActorResolver(client, logger, options.roleCacheMs ?? ROLE_CACHE_MS);
  const pacer = new ChannelPacer(options.channelIntervalMs ?? CHANNEL_POST_INTERVAL_MS);
  const platform = new SlackPlatform({ client, userToken: options.userToken, pacer, logger });
  const deliveries = new DeliveryDedupe();
  const known = new Set<string>();
  const pending = new Set<Promise<unknown>>();
  let server: Server | undefined;
  let started = false;

  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => {});
    return p;
  };

  /** Work after the acknowledgement: tracked for idle()/stop(), and a failure to even answer (an expired response_url) is logged. */
  const afterAck = (work: () => Promise<void>): void => {
    void track(work().catch((error: unknown) => {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not answer a Slack command or click');
    }));
  };

  const ensureGroup = async (teamId: string) => {
    if (known.has(teamId)) return;
    await core.ensureGroup('slack', teamId);
    known.add(teamId);
  };

  const actorOf = async (teamId: string, userId: string): Promise<Actor> => {
    await ensureGroup(teamId);
    return actors.actor(teamId, userId);
  };

  const userText = (error: unknown, what: string): string => {
    if (isHoldspaceError(error) && USER_FACING.has(error.code)) return error.userMessage;
    logger.error({ err: error instanceof Error ? { message: error.message, name: error.name } : String(error), what }, 'slack request failed');
    return SORRY;
  };

  const ephemeral = async (respond: RespondFn, reply: Reply) => {
    await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, ...(reply.blocks ? { blocks: reply.blocks as never } : {}) });
  };

  // Re-deliveries: Slack retries an event it thinks we missed (X-Slack-Retry-Num) and Bolt passes it on as new.
  const dropRedeliveries: Middleware<AnyMiddlewareArgs> = async ({ body, context, next }) => {
    const b = body as { type?: string; event_id?: string; team_id?: string };
    if (b.type === 'event_callback' && b.event_id) {
      const key = `${b.team_id ?? ''}:${b.event_id}`;
      if (!deliveries.firstSight(key)) {
        logger.info({ eventId: b.event_id, retryNum: context.retryNum, retryReason: context.retryReason }, 'dropped a re-delivered Slack event');
        return;
      }
      try {
        await next();
      } catch (error) {
        deliveries.forget(key);
        throw error;
      }
      return;
    }
    await next();
  };
  app.use(dropRedeliveries);

  app.event('message', async ({ event, body }) => {
    const envelope = body as { team_id?: string; event_id?: string };
    const teamId = envelope.team_id ?? (event as { team?: string }).team;
    if (!teamId) return;
    await track((async () => {
      const meaning = translateMessageEvent(event as unknown as SlackMessageEvent, { teamId, eventId: envelope.event_id });
      if (meaning.kind === 'skip') return;
      try {
        await ensureGroup(teamId);
        if (meaning.kind === 'deleted') {
          await core.messageDeleted('slack', teamId, meaning.messageId);
          return;
        }
        const result = await core.ingest(meaning.message);
        logger.debug({ teamId, channelId: meaning.message.channelId, eventId: envelope.event_id, status: result.status, reason: result.reason }, 'message event');
      } catch (error) {
        // A malformed event would fail the same way every time: log it and let Slack consider it delivered.
        if (isHoldspaceError(error) && !error.retryable) {
          logger.warn({ teamId, eventId: envelope.event_id, code: error.code, err: error.message }, 'message event rejected by the core');
          return;
        }
        throw error;
      }
    })());
  });

  // A deactivated account has left the group: the core drops what it still holds of their messages.
  app.event('user_change', async ({ event, body }) => {
    const user = (event as { user?: { id?: string; team_id?: string; deleted?: boolean } }).user;
    const teamId = (body as { team_id?: string }).team_id ?? user?.team_id;
    if (!user?.deleted || !user.id || !teamId) return;
    await track((async () => {
      await ensureGroup(teamId);
      await core.memberLeft('slack', teamId, user.id as string);
    })());
  });

  const command = (name: string, run: (groupId: string, actor: Actor, text: string) => Promise<Reply>) => {
    app.command(name, async ({ command: c, ack, respond }) => {
      await ack();
      afterAck(async () => {
        try {
          const actor = await actorOf(c.team_id, c.user_id);
          await ephemeral(respond, await run(c.team_id, actor, c.text ?? ''));
        } catch (error) {
          await ephemeral(respond, { text: userText(error, name) });
        }
      });
    });
  };
  command('/review', (g, a, t) => reviewCommand(core, g, a, t));
  command('/member', (g, a, t) => memberCommand(core, g, a, t));
  command('/holdspace', (g, a, t) => holdspaceCommand(core, g, a, t));
  command('/privacy', (g) => privacyCommand(core, g));

  /** A click on a card: who, where, which flag. */
  const clickOf = (body: unknown) => {
    const b = body as { team?: { id?: string } | null; user?: { id?: string; team_id?: string }; channel?: { id?: string }; container?: { channel_id?: string }; trigger_id?: string };
    const teamId = b.team?.id ?? b.user?.team_id ?? '';
    return { teamId, userId: b.user?.id ?? '', channelId: b.channel?.id ?? b.container?.channel_id, triggerId: b.trigger_id };
  };
  const flagOf = (action: unknown) => String((action as { value?: string }).value ?? '');

  // Confirm (the ladder's step) and the explicit steps.
  app.action(new RegExp(`^(${[CARD_ACTIONS.confirm, CARD_ACTIONS.warn, CARD_ACTIONS.check_in, CARD_ACTIONS.restrict].join('|')})$`), async ({ ack, body, action, respond }) => {
    await ack();
    const actionId = (action as { action_id: string }).action_id;
    afterAck(async () => {
      const { teamId, userId } = clickOf(body);
      try {
        const actor = await actorOf(teamId, userId);
        const step = STEP_OF_ACTION[actionId];
        const result = await core.review.confirm(teamId, actor, flagOf(action), step);
        await ephemeral(respond, { text: result.summary });
      } catch (error) {
        await ephemeral(respond, { text: userText(error, actionId) });
      }
    });
  });

  app.action(CARD_ACTIONS.context, async ({ ack, body, action, respond }) => {
    await ack();
    afterAck(async () => {
      const { teamId, userId } = clickOf(body);
      try {
        const d = await core.review.show(teamId, await actorOf(teamId, userId), flagOf(action));
        await ephemeral(respond, { text: `Flag #${d.flagId}`, blocks: detailBlocks(d) });
      } catch (error) {
        await ephemeral(respond, { text: userText(error, CARD_ACTIONS.context) });
      }
    });
  });

  // Dismiss asks for a reason first, in a modal. Trigger ids expire in 3 s, so the modal opens right after the permission check.
  app.action(CARD_ACTIONS.dismiss, async ({ ack, body, action, respond }) => {
    await ack();
    afterAck(async () => {
      const { teamId, userId, channelId, triggerId } = clickOf(body);
      const flagId = flagOf(action);
      try {
        await core.authorize(teamId, await actorOf(teamId, userId), 'therapist', 'review.dismiss');
        if (!triggerId) throw new Error('block action without trigger_id');
        await client.views.open({ trigger_id: triggerId, view: dismissModal(flagId, JSON.stringify({ flagId, channelId: channelId ?? null })) });
      } catch (error) {
        await ephemeral(respond, { text: userText(error, CARD_ACTIONS.dismiss) });
      }
    });
  });

  app.view(DISMISS_VIEW, async ({ ack, body, view }) => {
    const reason = view.state.values[DISMISS_BLOCK]?.[DISMISS_INPUT]?.value?.trim() ?? '';
    if (reason === '') {
      await ack({ response_action: 'errors', errors: { [DISMISS_BLOCK]: 'Please give a short reason.' } });
      return;
    }
    await ack();
    afterAck(async () => {
      const { teamId, userId } = clickOf(body);
      const meta = parseMeta(view.private_metadata);
      const tell = async (text: string) => {
        if (!meta.channelId) return;
        await client.chat.postEphemeral({ channel: meta.channelId, user: userId, text }).catch((error: unknown) => logger.warn({ err: String(error) }, 'could not post the dismissal result'));
      };
      try {
        const result = await core.review.dismiss(teamId, await actorOf(teamId, userId), meta.flagId, reason);
        await tell(result.summary);
      } catch (error) {
        await tell(userText(error, DISMISS_VIEW));
      }
    });
  });

  // Rethrown so the receiver answers 500 and Slack re-delivers (only events get here: commands and clicks handle their own errors).
  app.error(async (error) => {
    logger.error({ code: (error as { code?: string }).code, err: error.message }, 'could not hand a Slack event to the core; Slack will re-deliver it');
    throw error;
  });

  return {
    platform,
    async start() {
      await app.init();
      started = true;
      if (socketMode) {
        await app.start();
        logger.info('slack adapter connected over Socket Mode');
        return { port: 0 };
      }
      server = (await app.start(options.host ? { port: options.port, host: options.host } : options.port)) as Server;
      const port = (server.address() as AddressInfo).port;
      logger.info({ port }, 'slack adapter listening for events at /slack/events');
      return { port };
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop().catch((error: unknown) => logger.warn({ err: String(error) }, 'stopping the Slack receiver failed'));
      await this.idle();
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

function parseMeta(raw: string): { flagId: string; channelId: string | null } {
  try {
    const m = JSON.parse(raw) as { flagId?: unknown; channelId?: unknown };
    return { flagId: String(m.flagId ?? ''), channelId: typeof m.channelId === 'string' ? m.channelId : null };
  } catch {
    return { flagId: '', channelId: null };
  }
}
