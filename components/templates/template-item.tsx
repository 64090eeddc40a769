import { useSignal } from '@preact/signals';
import { useAppState } from '@/components/state/app-state';
import { NETWORK_NAMES } from '@/lib/networks';
import type { Template } from '@/lib/templates/model';

interface Props {
  template: Template;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** One template in the library: name, shortcut, scope, usage, and its actions. */
export function TemplateItem({ template, onEdit, onDuplicate, onDelete }: Props) {
  const { t, tCount, locale } = useAppState();
  const confirming = useSignal(false);
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li class="template-item" data-template-id={template.id}>
      <div class="template-item__meta">
        <strong>{template.name}</strong>
        {template.shortcut && <kbd>{template.shortcut}</kbd>}
        {template.language !== 'any' && <span class="network-tag">{template.language.toUpperCase()}</span>}
        {template.networks.map((network) => (
          <span key={network} class="network-tag">
            {NETWORK_NAMES[network]}
          </span>
        ))}
        {template.tags.map((tag) => (
          <span key={tag} class="network-tag">
            #{tag}
          </span>
        ))}
      </div>
      <p class="template-item__body">{template.body}</p>
      <p class="muted template-item__usage" data-testid="template-usage">
        {tCount({ one: 'templatesUsedOne', other: 'templatesUsedOther' }, template.useCount)} ·{' '}
        {template.lastUsedAt === null
          ? t('templatesNeverUsed')
          : t('templatesLastUsed', [date.format(template.lastUsedAt)])}
      </p>
      <div class="template-item__actions">
        {confirming.value ? (
          <>
            <span>{t('templatesConfirmDelete', [template.name])}</span>
            <button type="button" class="danger" onClick={onDelete}>
              {t('templatesDelete')}
            </button>
            <button type="button" onClick={() => (confirming.value = false)}>
              {t('templatesCancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onEdit} aria-label={`${t('templatesEdit')}: ${template.name}`}>
              {t('templatesEdit')}
            </button>
            <button type="button" onClick={onDuplicate} aria-label={`${t('templatesDuplicate')}: ${template.name}`}>
              {t('templatesDuplicate')}
            </button>
            <button
              type="button"
              onClick={() => (confirming.value = true)}
              aria-label={`${t('templatesDelete')}: ${template.name}`}
            >
              {t('templatesDelete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
