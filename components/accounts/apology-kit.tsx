import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';
import { connectTemplates } from '@/components/state/templates-actions';
import { copyText } from '@/lib/clipboard';
import { now, nowDate } from '@/lib/clock';
import type { Network } from '@/lib/networks';
import { isApology } from '@/lib/templates/kinds';
import type { Template } from '@/lib/templates/model';
import { rankTemplates } from '@/lib/templates/rank';
import { renderTemplate } from '@/lib/templates/variables';

/** How many apologies the kit offers. */
const SHOWN = 3;

/**
 * After a "Send anyway": the way back to the post and the apology templates ranked for its
 * network (this network's and the UI language's first), each ready to copy with the brand filled in.
 */
export function ApologyKit({
  network,
  url,
  excerpt,
}: {
  network: Network;
  url: string | undefined;
  excerpt: string | undefined;
}) {
  const { t, locale, settings } = useAppState();
  const templates = useSignal<Template[]>([]);
  const copied = useSignal<string | null>(null);
  useEffect(() => connectTemplates((list) => (templates.value = list)), []);
  const apologies = rankTemplates(templates.value.filter(isApology), {
    query: '',
    network,
    language: locale.value.startsWith('fr') ? 'fr' : 'en',
    now: now(),
  }).slice(0, SHOWN);
  const copy = (template: Template) => {
    const { text } = renderTemplate(template.body, {
      brand: settings.value.brandName,
      network,
      ...(url ? { postLink: url } : {}),
      now: nowDate(),
      locale: locale.value,
    });
    void copyText(text).then(() => {
      copied.value = template.id;
    });
  };
  return (
    <div class="apology-kit" data-testid="apology-kit">
      {excerpt ? <blockquote class="undo-draft-text">{excerpt}</blockquote> : null}
      {url ? (
        <a class="button" href={url} target="_blank" rel="noopener noreferrer">
          {t('apologyOpenPost')}
        </a>
      ) : null}
      {apologies.length === 0 ? (
        <p class="muted">{t('apologyNone')}</p>
      ) : (
        <>
          <p class="muted">{t('apologyTemplates')}</p>
          {/* Rows, not list items: they sit inside a guard event's own list item. */}
          <div class="apology-list">
            {apologies.map((template) => (
              <div key={template.id} class="apology-row" data-testid="apology-template">
                <span>{template.name}</span>
                <button type="button" onClick={() => copy(template)}>
                  {copied.value === template.id ? t('undoDraftCopied') : t('apologyCopy')}
                </button>
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
