import { ApologyKit } from '@/components/accounts/apology-kit';
import { useAppState } from '@/components/state/app-state';
import { useStoreQuery } from '@/components/state/use-store-query';
import type { AuditEvent } from '@/lib/audit/event';
import { displayHandle } from '@/lib/guard/handles';
import { sendToBackground } from '@/lib/messaging/client';
import { NETWORK_NAMES } from '@/lib/networks';

/** The latest warnings and what the user chose: the near misses the guard caught. */
export function GuardEvents() {
  const { t, locale } = useAppState();
  const { data } = useStoreQuery(['events'], () =>
    sendToBackground('listGuardEvents', { limit: 20 }).then((reply) => reply.events as AuditEvent[]),
  );
  const events = data.value ?? [];
  const time = new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section aria-labelledby="guard-events">
      <h3 id="guard-events">{t('accountsEventsTitle')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t('accountsEventsNone')}</p>
      ) : (
        <ul class="guard-events" data-testid="guard-events">
          {events.map((event) => {
            const handle = typeof event.data.activeHandle === 'string' ? displayHandle(event.data.activeHandle) : '?';
            const decision =
              event.data.decision === 'send-anyway' ? t('guardDecisionSendAnyway') : t('guardDecisionCancel');
            return (
              <li key={event.id} data-type={event.type} data-decision={String(event.data.decision ?? '')}>
                <span class="muted">{time.format(event.at)}</span>
                <span>{event.network ? NETWORK_NAMES[event.network] : ''}</span>
                <span>{handle}</span>
                <span>{event.type === 'guard-warning' ? t('guardEventHeld') : decision}</span>
                {event.data.decision === 'send-anyway' && event.network ? (
                  <ApologyKit
                    network={event.network}
                    excerpt={typeof event.data.excerpt === 'string' ? event.data.excerpt : undefined}
                    url={
                      typeof event.data.url === 'string' && /^https?:\/\//.test(event.data.url)
                        ? event.data.url
                        : undefined
                    }
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
