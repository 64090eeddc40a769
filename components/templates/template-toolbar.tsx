import type { Signal } from '@preact/signals';
import { useAppState } from '@/components/state/app-state';
import { downloadExport, importFile } from '@/components/state/templates-actions';
import type { Template } from '@/lib/templates/model';
import { MAX_IMPORT_CHARS } from '@/lib/templates/transfer';

interface Props {
  templates: readonly Template[];
  query: Signal<string>;
  notice: Signal<{ text: string; error: boolean } | null>;
  onNew(): void;
}

/** Search, new, import and export. */
export function TemplateToolbar({ templates, query, notice, onNew }: Props) {
  const { t } = useAppState();
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      notice.value = { text: t('templatesImportInvalid', ['(file)', 'larger than 5 MB']), error: true };
      return;
    }
    const result = await importFile(await file.text());
    notice.value = result.ok
      ? { text: t('templatesImported', [String(result.count)]), error: false }
      : { text: t('templatesImportInvalid', [result.path, result.message]), error: true };
  };
  return (
    <div class="template-toolbar">
      <input
        type="search"
        name="templateSearch"
        aria-label={t('templatesSearch')}
        placeholder={t('templatesSearch')}
        value={query.value}
        onInput={(event) => (query.value = event.currentTarget.value)}
      />
      <button type="button" class="primary" onClick={onNew}>
        {t('templatesNew')}
      </button>
      <label class="button-like">
        {t('templatesImport')}
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          name="templateImport"
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </label>
      <button type="button" onClick={() => downloadExport(templates)}>
        {t('templatesExport')}
      </button>
    </div>
  );
}
