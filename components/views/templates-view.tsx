import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DraftNotice } from '@/components/drafts/draft-notice';
import { EmptyState } from '@/components/empty-state';
import { useAppState } from '@/components/state/app-state';
import { connectTemplates, duplicate, remove, saveTemplate } from '@/components/state/templates-actions';
import { TeamConflictsPanel } from '@/components/team/team-conflicts';
import { type TemplateEditDraft, TemplateEditor } from '@/components/templates/template-editor';
import { TemplateItem } from '@/components/templates/template-item';
import { TemplateToolbar } from '@/components/templates/template-toolbar';
import { TriggerSetting } from '@/components/templates/trigger-setting';
import { now } from '@/lib/clock';
import { draftKey } from '@/lib/drafts/edit-draft';
import { EMPTY_DRAFT, type Template } from '@/lib/templates/model';
import { rankTemplates } from '@/lib/templates/rank';

/** The template library: search, create, edit, duplicate, delete, import and export. */
export function TemplatesView() {
  const { t, tCount } = useAppState();
  const templates = useSignal<Template[] | null>(null);
  const query = useSignal('');
  /** The template being edited: its id, 'new', or null when none. */
  const editing = useSignal<string | null>(null);
  const notice = useSignal<{ text: string; error: boolean } | null>(null);
  /** A kept draft the user chose to resume, for the editor of that template ('new' included). */
  const resumed = useSignal<{ editing: string; kept: TemplateEditDraft } | null>(null);
  useEffect(() => connectTemplates((list) => (templates.value = list)), []);
  const shown = useComputed(() =>
    query.value.trim()
      ? rankTemplates(templates.value ?? [], { query: query.value, now: now() })
      : (templates.value ?? []),
  );
  const list = templates.value;
  if (!list) return null;

  const editor = (id: string | null, template?: Template) => {
    const kept = resumed.value?.editing === (id ?? 'new') ? resumed.value.kept : undefined;
    return (
      <TemplateEditor
        key={`${id}-${kept ? 'resumed' : 'fresh'}`}
        initial={kept?.draft ?? template ?? EMPTY_DRAFT}
        initialTags={kept?.tags}
        draftKey={draftKey('template', id)}
        onCancel={() => {
          editing.value = null;
          resumed.value = null;
        }}
        onSave={async (draft) => {
          const problem = await saveTemplate(id, draft);
          if (!problem) {
            editing.value = null;
            resumed.value = null;
            notice.value = { text: t('templatesSaved'), error: false };
          }
          return problem;
        }}
      />
    );
  };

  return (
    <section class="templates" aria-labelledby="templates-heading">
      <h2 id="templates-heading">
        {t('navTemplates')}{' '}
        <span class="count">{tCount({ one: 'templatesCountOne', other: 'templatesCountOther' }, list.length)}</span>
      </h2>
      <TemplateToolbar templates={list} query={query} notice={notice} onNew={() => (editing.value = 'new')} />
      <TeamConflictsPanel kind="template" />
      <DraftNotice
        kind="template"
        hidden={editing.value ? draftKey('template', editing.value === 'new' ? null : editing.value) : null}
        onResume={(kept) => {
          // A template deleted since comes back as a new one: the text typed is not lost.
          const id = kept.key.slice('template:'.length);
          editing.value = list.some((template) => template.id === id) ? id : 'new';
          resumed.value = { editing: editing.value, kept: kept.value as TemplateEditDraft };
        }}
      />
      {notice.value && (
        <p role={notice.value.error ? 'alert' : 'status'} class={notice.value.error ? 'notice is-error' : 'notice'}>
          {notice.value.text}
        </p>
      )}
      {editing.value === 'new' && editor(null)}
      {list.length === 0 && editing.value !== 'new' ? (
        <EmptyState title="templatesEmptyTitle" body="templatesEmptyBody">
          <button type="button" class="primary" onClick={() => (editing.value = 'new')}>
            {t('templatesEmptyNew')}
          </button>
        </EmptyState>
      ) : shown.value.length === 0 ? (
        <p class="muted">{t('templatesNoMatch')}</p>
      ) : (
        <ul class="template-list">
          {shown.value.map((template) =>
            editing.value === template.id ? (
              <li key={template.id} class="template-item">
                {editor(template.id, template)}
              </li>
            ) : (
              <TemplateItem
                key={template.id}
                template={template}
                onEdit={() => (editing.value = template.id)}
                onDuplicate={() => void duplicate(template, t('templatesCopyName', [template.name]))}
                onDelete={() => void remove(template.id)}
              />
            ),
          )}
        </ul>
      )}
      <TriggerSetting />
    </section>
  );
}
