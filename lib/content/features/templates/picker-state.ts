/**
 * One opening's state as signals: the library and crisis mode as read, the filter typed after the
 * trigger, the templates it lists (in context order once per opening: each keystroke only
 * filters), the selected template rendered with its fill-in fields, and the reply's length with it.
 */

import { computed, signal } from '@preact/signals';
import { now } from '@/lib/clock';
import type { PickerRequest } from '@/lib/content/features/templates/api';
import { queryAfterTrigger, textBeforeCaret } from '@/lib/content/features/templates/caret-text';
import { boxText, existingText, renderContextFor } from '@/lib/content/features/templates/context';
import { replyLength } from '@/lib/content/features/templates/reply-length';
import { contentLocale, contentSettings } from '@/lib/content/ui/locale';
import type { Template } from '@/lib/templates/model';
import { filterRanked, rankByContext } from '@/lib/templates/rank';
import { fieldsOf, renderTemplate } from '@/lib/templates/variables';
import type { LengthCheck } from '@/lib/text/length-rules';

/** How many templates the picker lists at most; the filter finds the others. */
export const PICKER_SHOWN = 50;

export type PickerState = ReturnType<typeof createPickerState>;

export function createPickerState({ site, composer, via, trigger }: PickerRequest) {
  const { doc } = site;
  const network = site.adapter.network;
  const templates = signal<Template[]>([]);
  const crisis = signal(false);
  const query = signal(
    via === 'trigger' ? (queryAfterTrigger(textBeforeCaret(composer.element, doc), trigger) ?? '') : '',
  );
  const active = signal(0);
  const stage = signal<'list' | 'fields'>('list');
  const fields = signal<Record<string, string>>({});
  const notice = signal<string | null>(null);

  // In context order once per opening (and when the library or crisis mode changes); each keystroke only filters.
  const inContext = computed(() =>
    rankByContext(templates.value, {
      network,
      answeringText: composer.answering?.text,
      now: now(),
      crisis: crisis.value,
    }),
  );
  const matching = computed(() => filterRanked(inContext.value, query.value));
  // The best few are listed (typing narrows the rest): a library of thousands costs a keystroke
  // nothing. The same rows keep the same list, so a keystroke that leaves them renders no row.
  let shown: Template[] = [];
  const ranked = computed(() => {
    const next = matching.value.slice(0, PICKER_SHOWN);
    if (next.length !== shown.length || next.some((template, index) => template !== shown[index])) shown = next;
    return shown;
  });
  const total = computed(() => matching.value.length);
  const selected = computed<Template | undefined>(() => ranked.value[active.value]);
  const fieldLabels = computed(() => (selected.value ? fieldsOf(selected.value.body) : []));
  const rendered = computed(() => {
    const template = selected.value;
    if (!template) return null;
    const ctx = renderContextFor(site, composer, contentSettings.value.brandName, contentLocale.value, fields.value);
    return renderTemplate(template.body, ctx);
  });
  /** The text the insertion replaces: the trigger and the filter typed after it. */
  const replaced = () => (via === 'trigger' ? `${trigger}${query.value}` : '');
  // The box's text, read when it changes (an input event, where the page is laid out already for
  // the caret), not while the picker renders.
  const text = signal(boxText(composer));
  let counted: LengthCheck | null = null;
  const length = computed(() => {
    const next = replyLength(
      network,
      existingText(text.value, replaced()) + (rendered.value?.text ?? ''),
      composer.kind,
    );
    // The same count keeps the same value: a filter keystroke leaves the preview and the count alone.
    if (next?.count !== counted?.count || next?.limit !== counted?.limit) counted = next;
    return counted;
  });

  return {
    templates,
    crisis,
    query,
    active,
    stage,
    fields,
    notice,
    ranked,
    total,
    selected,
    fieldLabels,
    rendered,
    replaced,
    text,
    length,
  };
}
