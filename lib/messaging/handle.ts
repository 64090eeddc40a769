import {
  isMessageType,
  type MessageType,
  type ParsedRequestOf,
  protocol,
  type Reply,
  type ResponseOf,
  type SenderKind,
} from '@/lib/messaging/protocol';
import type { Network } from '@/lib/networks';

export interface HandlerContext {
  sender: SenderKind;
  tabId: number | null;
  windowId: number | null;
  /** For a content script: the network of its page (least privilege: it speaks for that one only). */
  network?: Network | null;
}

export type Handlers = {
  [T in MessageType]: (data: ParsedRequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>>;
};

/** The handlers of one feature's messages (see messages/<feature>.ts). */
export type FeatureHandlers<Specs> = Pick<Handlers, keyof Specs & MessageType>;

/**
 * Validates one incoming message and runs its handler. Never throws: a refusal or a failure
 * comes back as `{ ok: false, error }` for the sender to show.
 */
export async function handleMessage(
  handlers: Handlers,
  message: unknown,
  context: HandlerContext,
): Promise<Reply<MessageType>> {
  if (!message || typeof message !== 'object') return { ok: false, error: 'not a message' };
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (!isMessageType(type)) return { ok: false, error: `unknown message type: ${String(type)}` };
  const spec = protocol[type];
  if (!(spec.from as readonly SenderKind[]).includes(context.sender)) {
    return { ok: false, error: `${type} is not accepted from a ${context.sender} context` };
  }
  const parsed = spec.request.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${type}: invalid ${issue?.path.join('.') || 'data'}: ${issue?.message}` };
  }
  if (context.sender === 'content' && !ownNetwork(parsed.data, context.network)) {
    return { ok: false, error: `${type}: a content script speaks only for its own page's network` };
  }
  try {
    const handler = handlers[type] as (data: unknown, context: HandlerContext) => Promise<unknown>;
    return { ok: true, result: (await handler(parsed.data, context)) as ResponseOf<MessageType> };
  } catch (error) {
    return { ok: false, error: `${type} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A content script's message names no network, or its own page's. */
function ownNetwork(data: unknown, network: Network | null | undefined): boolean {
  if (!data || typeof data !== 'object' || !('network' in data)) return true;
  return (data as { network: unknown }).network === network;
}
