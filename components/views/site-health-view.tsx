import { useSignal } from '@preact/signals';
import { NetworkLinks } from '@/components/onboarding/network-links';
import { useAppState } from '@/components/state/app-state';
import { useSiteHealth } from '@/components/state/use-site-health';
import { browser } from '@/lib/browser';
import { copyText } from '@/lib/clipboard';
import { sendToTab } from '@/lib/messaging/content-client';
import { NETWORK_NAMES } from '@/lib/networks';
import { healthReportText, type SiteHealth } from '@/lib/sites/health';

function CapabilityRow({ label, ok, detail }: { label: string; ok: boolean; detail: string }) {
  return (
    <div class={`capability ${ok ? 'is-ok' : 'is-missing'}`}>
      <dt>
        <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {label}
      </dt>
      <dd>{detail}</dd>
    </div>
  );
}

function Capabilities({ health }: { health: SiteHealth }) {
  const { t } = useAppState();
  const found = (count: number) => (count > 0 ? t('healthFound', [String(count)]) : t('healthNone'));
  const kinds = Object.entries(health.composers.kinds)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return (
    <dl class="capabilities">
      <CapabilityRow
        label={t('healthIdentity')}
        ok={health.identity.handle !== null}
        detail={
          health.identity.handle !== null
            ? `@${health.identity.handle} — ${health.identity.displayName}`
            : `${t('healthNotFound')} (${health.identity.reason})`
        }
      />
      <CapabilityRow
        label={t('healthComposers')}
        ok={health.composers.count > 0}
        detail={`${found(health.composers.count)}${kinds ? ` (${kinds})` : ''}`}
      />
      <CapabilityRow
        label={t('healthSubmit')}
        ok={health.submitPaths.count > 0}
        detail={found(health.submitPaths.count)}
      />
      <CapabilityRow label={t('healthPosts')} ok={health.posts.count > 0} detail={found(health.posts.count)} />
      {health.composers.editors.length > 0 && (
        <CapabilityRow label={t('healthEditors')} ok={true} detail={health.composers.editors.join(', ')} />
      )}
      {health.insertFailures.length > 0 && (
        <CapabilityRow
          label={t('healthInsertFailures')}
          ok={false}
          detail={health.insertFailures.map((failure) => `${failure.editor} (${failure.tried.join(', ')})`).join('; ')}
        />
      )}
    </dl>
  );
}

/** For the current tab: which capabilities the adapter found, and a check that insertion works. */
export function SiteHealthView() {
  const { t } = useAppState();
  const { state, refresh } = useSiteHealth();
  const notice = useSignal<string | null>(null);
  const current = state.value;

  const testInsert = async (tabId: number) => {
    const outcome = await sendToTab(tabId, 'insertSample', { text: t('healthSampleText') });
    if (!outcome) notice.value = t('healthNotActive');
    else if (outcome.ok) notice.value = t('healthInsertOk', [outcome.detail]);
    else
      notice.value = `${t('healthInsertFailed', [outcome.detail])} ${outcome.copiedToClipboard ? t('healthInsertCopied') : ''}`;
  };

  return (
    <section class="site-health" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('navHealth')}</h2>
      {current.status === 'no-tab' && (
        <>
          <p>{t('healthNoTab')}</p>
          <NetworkLinks />
        </>
      )}
      {(current.status === 'inactive' || current.status === 'ready') && (
        <p class="muted" data-testid="health-tab">
          {t('healthTab', [NETWORK_NAMES[current.tab.network], new URL(current.tab.url).pathname])}
        </p>
      )}
      {current.status === 'inactive' && (
        <>
          <p role="alert">{t('healthNotActive')}</p>
          <div class="actions">
            <button type="button" onClick={refresh}>
              {t('healthRefresh')}
            </button>
          </div>
        </>
      )}
      {current.status === 'ready' && (
        <>
          <Capabilities health={current.health} />
          <div class="actions">
            <button type="button" onClick={refresh}>
              {t('healthRefresh')}
            </button>
            <button
              type="button"
              onClick={() =>
                void copyText(healthReportText(current.health, browser.runtime.getManifest().version)).then(() => {
                  notice.value = t('healthCopied');
                })
              }
            >
              {t('healthCopy')}
            </button>
            <button type="button" class="primary" onClick={() => void testInsert(current.tab.id)}>
              {t('healthTestInsert')}
            </button>
          </div>
          <p class="muted">{t('healthTestInsertHint')}</p>
        </>
      )}
      {notice.value && (
        <p role="status" data-testid="health-notice">
          {notice.value}
        </p>
      )}
    </section>
  );
}
