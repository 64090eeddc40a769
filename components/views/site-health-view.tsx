import { useSignal } from '@preact/signals';
import { NetworkLinks } from '@/components/onboarding/network-links';
import { useAppState } from '@/components/state/app-state';
import { useSiteHealth } from '@/components/state/use-site-health';
import { browser } from '@/lib/browser';
import { copyText } from '@/lib/clipboard';
import { sendToTab } from '@/lib/messaging/content-client';
import { NETWORK_NAMES, type Network } from '@/lib/networks';
import { healthReportText, type SiteHealth } from '@/lib/sites/health';
import { SUPPORT } from '@/lib/sites/support';

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

/** Recognised, or what was missing: the counts a maintainer needs and the user can read. */
function LayoutRow({ health }: { health: SiteHealth }) {
  const { t } = useAppState();
  const layout = health.layout;
  if (!layout) return null;
  const counts = t('healthLayoutCounts', [String(layout.postLike), String(layout.posts)]);
  if (layout.recognised) {
    const via = Object.entries(layout.byLayout)
      .map(([name, count]) => `${count} × ${name}`)
      .join(', ');
    return (
      <CapabilityRow
        label={t('healthLayout')}
        ok={true}
        detail={via ? t('healthLayoutOk', [via]) : t('healthLayoutNoPosts')}
      />
    );
  }
  const box = layout.unclaimedBox?.kind === 'other' ? t('healthLayoutBox', [layout.unclaimedBox.shape]) : '';
  return (
    <div data-testid="health-layout-unknown">
      <CapabilityRow
        label={t('healthLayout')}
        ok={false}
        detail={t('healthLayoutUnknown', [[counts, box].filter(Boolean).join('; ')])}
      />
    </div>
  );
}

/** What the extension reads on this network, layout by layout (lib/sites/support.ts). */
function SupportTable({ network }: { network: Network }) {
  const { t } = useAppState();
  const yes = (value: boolean) => (value ? t('healthSupportYes') : t('healthSupportNo'));
  return (
    <details class="support" data-testid="health-support">
      <summary>{t('healthSupport', [NETWORK_NAMES[network]])}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('healthSupportLayout')}</th>
            <th scope="col">{t('healthSupportIdentity')}</th>
            <th scope="col">{t('healthSupportPosts')}</th>
            <th scope="col">{t('healthSupportBoxes')}</th>
            <th scope="col">{t('healthSupportCapture')}</th>
          </tr>
        </thead>
        <tbody>
          {SUPPORT[network].map((entry) => (
            <tr key={entry.layout}>
              <th scope="row">{entry.layout}</th>
              <td>{yes(entry.identity)}</td>
              <td>
                {entry.posts === 'link'
                  ? t('healthSupportLink')
                  : entry.posts === 'no-link'
                    ? t('healthSupportNoLink')
                    : t('healthSupportNo')}
              </td>
              <td>{entry.boxes.join(', ')}</td>
              <td>{yes(entry.capture)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
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
      <LayoutRow health={health} />
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
  /** The page structure shown before it is copied (null: not asked). */
  const structure = useSignal<string | null>(null);
  const current = state.value;

  const showStructure = async (tabId: number) => {
    const skeleton = await sendToTab(tabId, 'pageStructure', {});
    if (skeleton === null) notice.value = t('healthNotActive');
    else structure.value = skeleton;
  };

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
            <button type="button" onClick={() => void showStructure(current.tab.id)}>
              {t('healthStructure')}
            </button>
            <button type="button" class="primary" onClick={() => void testInsert(current.tab.id)}>
              {t('healthTestInsert')}
            </button>
          </div>
          <p class="muted">{t('healthTestInsertHint')}</p>
          {structure.value !== null && (
            <section class="structure-preview" aria-labelledby="structure-heading" data-testid="health-structure">
              <h3 id="structure-heading">{t('healthStructure')}</h3>
              <p>{t('healthStructureIntro')}</p>
              <textarea readOnly rows={14} wrap="off" aria-labelledby="structure-heading" value={structure.value} />
              <div class="actions">
                <button type="button" onClick={() => (structure.value = null)}>
                  {t('healthStructureClose')}
                </button>
                <button
                  type="button"
                  class="primary"
                  onClick={() =>
                    void copyText(structure.value ?? '').then(() => {
                      notice.value = t('healthStructureCopied');
                      structure.value = null;
                    })
                  }
                >
                  {t('healthStructureCopy')}
                </button>
              </div>
            </section>
          )}
          <SupportTable network={current.tab.network} />
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
