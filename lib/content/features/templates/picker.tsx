import type { Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '@/lib/content/ui/locale';
import type { Template } from '@/lib/templates/model';
import type { RenderResult } from '@/lib/templates/variables';
import type { LengthCheck } from '@/lib/text/length';

export interface PickerViewProps {
  via: 'trigger' | 'command';
  trigger: string;
  query: Signal<string>;
  ranked: Signal<Template[]>;
  /** Templates matching the filter, listed or not. */
  total: Signal<number>;
  active: Signal<number>;
  stage: Signal<'list' | 'fields'>;
  fieldLabels: Signal<string[]>;
  fields: Signal<Record<string, string>>;
  rendered: Signal<RenderResult | null>;
  length: Signal<LengthCheck>;
  networkName: string;
  notice: Signal<string | null>;
  position: Signal<{ top: number; left: number; maxHeight: number }>;
  /** Keys in the picker's own inputs (search, fields). */
  onKey(event: KeyboardEvent): void;
  onChoose(index: number): void;
}

const LIST_ID = 'cmc-template-list';

/** The in-page template picker: a listbox of templates, the preview, fill-in fields and the length. */
export function PickerView(props: PickerViewProps) {
  const { ranked, total, active, stage, rendered, length } = props;
  const search = useRef<HTMLInputElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stage.value === 'fields') firstField.current?.focus();
    else if (props.via === 'command') search.current?.focus();
  }, [stage.value]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active.value, ranked.value]);

  const selected = ranked.value[active.value];
  const result = rendered.value;
  const check = length.value;
  const missing = result?.missing ?? [];
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div
      class="picker"
      role="dialog"
      aria-label={tr('pickerLabel')}
      style={{
        top: `${props.position.value.top}px`,
        left: `${props.position.value.left}px`,
        maxHeight: `${props.position.value.maxHeight}px`,
      }}
      onKeyDown={(event) => props.onKey(event)}
    >
      <div class="picker__head">
        {props.via === 'command' ? (
          <input
            ref={search}
            type="search"
            value={props.query.value}
            aria-label={tr('pickerSearch')}
            placeholder={tr('pickerSearch')}
            aria-controls={LIST_ID}
            aria-activedescendant={selected ? `cmc-option-${active.value}` : undefined}
            onInput={(event) => {
              props.query.value = event.currentTarget.value;
            }}
          />
        ) : (
          <>
            <span class="picker__title">{tr('pickerLabel')}</span>
            <span class="picker__filter">
              {props.trigger}
              {props.query.value}
            </span>
          </>
        )}
      </div>
      {props.via === 'trigger' && (
        // Typing stays in the site's box (outside this shadow root), where aria-activedescendant
        // cannot point: a polite status says what the list holds and which template Enter inserts.
        <p class="picker__announce" role="status" data-testid="picker-announce">
          {selected ? tr('pickerAnnounce', [String(total.value), selected.name]) : ''}
        </p>
      )}
      {ranked.value.length === 0 ? (
        <p class="picker__empty" role="status">
          {props.query.value ? tr('pickerEmpty', [props.query.value]) : tr('pickerNoTemplates')}
        </p>
      ) : (
        <div ref={list} id={LIST_ID} class="picker__list" role="listbox" aria-label={tr('pickerLabel')}>
          {ranked.value.map((template, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the picker's (↑/↓/Enter from the box or search); a click is the mouse's way.
            <div
              key={template.id}
              id={`cmc-option-${index}`}
              class="picker__option"
              role="option"
              aria-selected={index === active.value}
              tabIndex={-1}
              onMouseDown={keep}
              onClick={() => props.onChoose(index)}
            >
              <span class="picker__name">{template.name}</span>
              {template.shortcut && <span class="picker__meta">{template.shortcut}</span>}
              {template.language !== 'any' && <span class="picker__meta">{template.language.toUpperCase()}</span>}
            </div>
          ))}
        </div>
      )}
      {total.value > ranked.value.length && (
        <p class="picker__more">{tr('pickerMore', [String(total.value - ranked.value.length)])}</p>
      )}
      {selected && result && (
        <div class="picker__preview" aria-live="polite">
          <p class="picker__text" data-testid="picker-preview">
            {result.text}
          </p>
          {props.fieldLabels.value.length > 0 && (
            <div class="picker__fields">
              {props.fieldLabels.value.map((label, index) => (
                <label key={label}>
                  {label}
                  <input
                    ref={index === 0 ? firstField : undefined}
                    data-field={label}
                    value={props.fields.value[label] ?? ''}
                    onInput={(event) => {
                      props.fields.value = { ...props.fields.value, [label]: event.currentTarget.value };
                    }}
                  />
                </label>
              ))}
            </div>
          )}
          {missing.length > 0 && (
            <p class="picker__warn" data-testid="picker-missing">
              {tr('pickerMissing', [missing.map((item) => item.token).join(', ')])}
            </p>
          )}
          {check.over && (
            <p class="picker__over" role="alert" data-testid="picker-over">
              {tr('pickerOverLimit', [props.networkName, String(-(check.remaining ?? 0)), String(check.limit)])}
            </p>
          )}
        </div>
      )}
      {props.notice.value && (
        <p class="picker__notice" role="alert">
          {props.notice.value}
        </p>
      )}
      <div class="picker__foot">
        <span>{tr(stage.value === 'fields' ? 'pickerHintsFields' : 'pickerHints')}</span>
        {selected && (
          <span class="picker__count" data-over={check.over} data-testid="picker-count">
            {check.limit === null ? String(check.count) : `${check.count} / ${check.limit}`}
          </span>
        )}
      </div>
    </div>
  );
}
