import { type CrisisStatus, resumeHeld, setCrisisMode } from '@/components/crisis/use-crisis';
import { useAppState } from '@/components/state/app-state';
import '@/components/crisis/crisis.css';

interface Props {
  status: CrisisStatus | undefined;
  /** "See the crisis items": the inbox filters them, the popup opens the inbox filtered. */
  onSeeItems?: () => void;
  /** The inbox's crisis filter is on. */
  filtering?: boolean;
}

/**
 * The crisis alert with its numbers (and "Turn on crisis mode"), or, while crisis mode is on,
 * what it holds with "Resume all" and "Turn off crisis mode". Nothing when all is calm.
 */
export function CrisisBanner({ status, onSeeItems, filtering }: Props) {
  const { t, locale } = useAppState();
  if (!status) return null;
  const { report, mode, held } = status;
  const see = onSeeItems ? (
    <button type="button" aria-pressed={filtering} onClick={onSeeItems}>
      {filtering ? t('crisisInboxFilter') : t('crisisSeeItems')}
    </button>
  ) : null;
  if (mode.on) {
    const since = new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' }).format(
      mode.since ?? 0,
    );
    return (
      <section class="crisis-banner is-on" data-testid="crisis-mode" aria-labelledby="crisis-mode-title">
        <h3 id="crisis-mode-title">{t('crisisModeOn', [since])}</h3>
        <p data-testid="crisis-held">{t('crisisModeHeld', [String(held.length)])}</p>
        <p class="muted">{t('crisisModeHelp')}</p>
        <div class="crisis-actions">
          {held.length > 0 ? (
            <button type="button" onClick={() => void resumeHeld()}>
              {t('crisisResumeAll')}
            </button>
          ) : null}
          {see}
          <button type="button" class="primary" onClick={() => void setCrisisMode(false)}>
            {t('crisisTurnOff')}
          </button>
        </div>
      </section>
    );
  }
  if (!report.raised) return null;
  return (
    <section class="crisis-banner" role="alert" data-testid="crisis-alert" aria-labelledby="crisis-alert-title">
      <h3 id="crisis-alert-title">{t('crisisAlertTitle')}</h3>
      {report.negative.raised ? (
        <p>
          {t('crisisAlertNegative', [
            String(report.negative.count),
            String(report.total),
            String(report.windowHours),
            String(Math.round(report.negative.baseline * 100)),
          ])}
        </p>
      ) : null}
      {report.keywords.raised ? (
        <p>
          {t('crisisAlertKeywords', [
            String(report.keywords.count),
            String(report.windowHours),
            String(Math.round(report.keywords.baseline * 24 * 10) / 10),
          ])}
        </p>
      ) : null}
      <div class="crisis-actions">
        <button type="button" class="danger" onClick={() => void setCrisisMode(true)}>
          {t('crisisTurnOn')}
        </button>
        {see}
      </div>
    </section>
  );
}
