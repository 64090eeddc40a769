/** The audit log's events: what happened, when, on which network; the KPIs are computed from it. */
import type { Network } from '@/lib/networks';

export const EVENT_TYPES = [
  'capture',
  'guard-warning',
  'guard-decision',
  'template-use',
  'reply',
  'reply-start',
  'private',
  'publish',
  /** An inbox item passed to a department by e-mail ("Forward to a department"). */
  'forward',
] as const;

export interface AuditEvent {
  id?: number;
  at: number;
  type: (typeof EVENT_TYPES)[number];
  network?: Network;
  data: Record<string, unknown>;
}
