import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useEditDraft } from '@/components/drafts/edit-drafts';
import { useAppState } from '@/components/state/app-state';
import { NETWORK_NAMES, NETWORKS } from '@/lib/networks';
import { TEMPLATE_LANGUAGES, type TemplateDraft } from '@/lib/templates/model';

interface Props {
  initial: TemplateDraft;
  /** The tags field as typed, when a kept draft is resumed. */
  initialTags?: string;
  /** Where the unsaved edit is kept (lib/drafts): `template:<id>` or `template:new`. */
  draftKey: string;
  onSave(draft: TemplateDraft): Promise<string | null>;
  onCancel(): void;
}

/** What a template's edit draft holds: the form as typed. */
export interface TemplateEditDraft {
  draft: TemplateDraft;
  tags: string;
}

/**
 * The form that creates or edits a template. Esc cancels; the first field takes focus. What is
 * typed is kept as a draft until saved or cancelled (the panel may close mid-edit).
 */
export function TemplateEditor({ initial, initialTags, draftKey, onSave, onCancel }: Props) {
  const { t } = useAppState();
  const draft = useSignal<TemplateDraft>(initial);
  const tags = useSignal(initialTags ?? initial.tags.join(', '));
  const kept = useEditDraft(draftKey, 'template', draft.value.name, {
    draft: draft.value,
    tags: tags.value,
  } satisfies TemplateEditDraft);
  const cancel = () => {
    void kept.forget();
    onCancel();
  };
  const problem = useSignal<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (patch: Partial<TemplateDraft>) => {
    draft.value = { ...draft.value, ...patch };
  };
  const submit = async (event: TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    const parsedTags = tags.value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const release = kept.hold();
    const field = await onSave({ ...draft.value, tags: parsedTags });
    problem.value = field ? t('templatesInvalid', [field]) : null;
    if (field) release();
    else await kept.forget();
  };
  const value = draft.value;
  return (
    <form
      class="template-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <label class="field">
        <span>{t('templatesName')}</span>
        <input
          ref={first}
          name="name"
          required
          maxLength={120}
          value={value.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('templatesBody')}</span>
        <textarea
          name="body"
          required
          rows={5}
          maxLength={10_000}
          value={value.body}
          aria-describedby="template-variables"
          onInput={(e) => set({ body: e.currentTarget.value })}
        />
        <small id="template-variables" class="muted">
          {t('templatesVariables')}: {t('templatesVariablesHelp')}
        </small>
      </label>
      <div class="template-editor__row">
        <label class="field">
          <span>{t('templatesShortcut')}</span>
          <input
            name="shortcut"
            maxLength={40}
            value={value.shortcut}
            title={t('templatesShortcutHint')}
            onInput={(e) => set({ shortcut: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('templatesLanguage')}</span>
          <select
            name="language"
            value={value.language}
            onChange={(e) => set({ language: e.currentTarget.value as TemplateDraft['language'] })}
          >
            {TEMPLATE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === 'any' ? t('templatesLanguageAny') : language === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="field">
        <span>{t('templatesTags')}</span>
        <input name="tags" value={tags.value} onInput={(e) => (tags.value = e.currentTarget.value)} />
      </label>
      <fieldset class="field">
        <legend>{t('templatesNetworks')}</legend>
        <small class="muted">{t('templatesNetworksHint')}</small>
        <div class="template-editor__networks">
          {NETWORKS.map((network) => (
            <label key={network} class="radio">
              <input
                type="checkbox"
                name="networks"
                value={network}
                checked={value.networks.includes(network)}
                onChange={(e) =>
                  set({
                    networks: e.currentTarget.checked
                      ? [...value.networks, network]
                      : value.networks.filter((item) => item !== network),
                  })
                }
              />
              {NETWORK_NAMES[network]}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="radio">
        <input
          type="checkbox"
          name="team"
          checked={value.team === true}
          onChange={(e) => set({ team: e.currentTarget.checked })}
        />
        {t('teamTemplateShared')}
      </label>
      {problem.value && <p role="alert">{problem.value}</p>}
      <div class="template-editor__actions">
        <button type="submit" class="primary">
          {t('templatesSave')}
        </button>
        <button type="button" onClick={cancel}>
          {t('templatesCancel')}
        </button>
      </div>
    </form>
  );
}
