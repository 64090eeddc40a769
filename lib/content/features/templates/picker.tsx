import { type Signal, useComputed } from '@preact/signals';
import { Component, type Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '@/lib/content/ui/locale';
import type { Template } from '@/lib/templates/model';
import type { RenderResult } from '@/lib/templates/variables';
import type { LengthCheck } from '@/lib/text/length-rules';

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
  /** Null while the network's counter is on its way (twitter-text for X, loaded when a text needs it). */
  length: Signal<LengthCheck | null>;
  networkName: string;
  notice: Signal<string | null>;
  position: Signal<{ top: number; left: number; maxHeight: number }>;
  /** Keys in the picker's own inputs (search, fields). */
  onKey(event: KeyboardEvent): void;
  onChoose(index: number): void;
}

const LIST_ID = 'cmc-template-list';

/**
 * The in-page template picker: a listbox of templates, the preview, fill-in fields and the length.
 * Each part reads only its own signals, so a filter keystroke re-renders the list alone (and only
 * the rows whose template or place changed), the filter text and the status update in place.
 */
export function PickerView(props: PickerViewProps) {
  const { ranked, active, stage } = props;
  const search = useRef<HTMLInputElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (stage.value === 'fields') firstField.current?.focus();
    else if (props.via === 'command') search.current?.focus();
  }, [stage.value]);
  // Bound to the DOM property: following the caret re-renders nothing.
  const panelStyle = useComputed(() => {
    const { top, left, maxHeight } = props.position.value;
    return `top: ${top}px; left: ${left}px; max-height: ${maxHeight}px;`;
  });
  const activeDescendant = useComputed(() => (ranked.value[active.value] ? `cmc-option-${active.value}` : undefined));
  const announce = useComputed(() => {
    const selected = ranked.value[active.value];
    return selected ? tr('pickerAnnounce', [String(props.total.value), selected.name]) : '';
  });
  return (
    <div
      class="picker"
      role="dialog"
      aria-label={tr('pickerLabel')}
      style={panelStyle as unknown as string}
      onKeyDown={(event) => props.onKey(event)}
    >
      <div class="picker__head">
        {props.via === 'command' ? (
          <input
            ref={search}
            type="search"
            value={props.query}
            aria-label={tr('pickerSearch')}
            placeholder={tr('pickerSearch')}
            aria-controls={LIST_ID}
            aria-activedescendant={activeDescendant}
            onInput={(event) => {
              props.query.value = event.currentTarget.value;
            }}
          />
        ) : (
          <>
            <span class="picker__title">{tr('pickerLabel')}</span>
            <span class="picker__filter">
              {props.trigger}
              {props.query}
            </span>
          </>
        )}
      </div>
      {props.via === 'trigger' && (
        // Typing stays in the site's box (outside this shadow root), where aria-activedescendant
        // cannot point: a polite status says what the list holds and which template Enter inserts.
        <p class="picker__announce" role="status" data-testid="picker-announce">
          {announce}
        </p>
      )}
      <PickerList {...props} />
      <PickerMore ranked={ranked} total={props.total} />
      <PickerPreview {...props} firstField={firstField} />
      <PickerNotice notice={props.notice} />
      <div class="picker__foot">
        <span>{tr(stage.value === 'fields' ? 'pickerHintsFields' : 'pickerHints')}</span>
        <PickerCount ranked={ranked} active={active} length={props.length} />
      </div>
    </div>
  );
}

function PickerList({ ranked, active, query, onChoose }: PickerViewProps) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active.value, ranked.value]);
  if (ranked.value.length === 0) {
    return (
      <p class="picker__empty" role="status">
        {query.value ? tr('pickerEmpty', [query.value]) : tr('pickerNoTemplates')}
      </p>
    );
  }
  return (
    <div ref={list} id={LIST_ID} class="picker__list" role="listbox" aria-label={tr('pickerLabel')}>
      {ranked.value.map((template, index) => (
        <PickerOption
          key={template.id}
          template={template}
          index={index}
          selected={index === active.value}
          onChoose={onChoose}
        />
      ))}
    </div>
  );
}

interface OptionProps {
  template: Template;
  index: number;
  selected: boolean;
  onChoose(index: number): void;
}

const keep = (event: MouseEvent) => event.preventDefault();

/** One row; re-rendered only when its template, its place or its selection changes. */
class PickerOption extends Component<OptionProps> {
  override shouldComponentUpdate(next: OptionProps) {
    const now = this.props;
    return (
      next.template !== now.template ||
      next.index !== now.index ||
      next.selected !== now.selected ||
      next.onChoose !== now.onChoose
    );
  }

  override render({ template, index, selected, onChoose }: OptionProps) {
    return (
      // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the picker's (↑/↓/Enter from the box or search); a click is the mouse's way.
      <div
        id={`cmc-option-${index}`}
        class="picker__option"
        role="option"
        aria-selected={selected}
        tabIndex={-1}
        onMouseDown={keep}
        onClick={() => onChoose(index)}
      >
        <span class="picker__name">{template.name}</span>
        {template.shortcut && <span class="picker__meta">{template.shortcut}</span>}
        {template.language !== 'any' && <span class="picker__meta">{template.language.toUpperCase()}</span>}
      </div>
    );
  }
}

function PickerMore({ ranked, total }: Pick<PickerViewProps, 'ranked' | 'total'>) {
  const more = total.value - ranked.value.length;
  return more > 0 ? <p class="picker__more">{tr('pickerMore', [String(more)])}</p> : null;
}

function PickerPreview(props: PickerViewProps & { firstField: Ref<HTMLInputElement> }) {
  const selected = props.ranked.value[props.active.value];
  const result = props.rendered.value;
  if (!selected || !result) return null;
  const check = props.length.value;
  const missing = result.missing;
  return (
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
                ref={index === 0 ? props.firstField : undefined}
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
      {check?.over && (
        <p class="picker__over" role="alert" data-testid="picker-over">
          {tr('pickerOverLimit', [props.networkName, String(-(check.remaining ?? 0)), String(check.limit)])}
        </p>
      )}
    </div>
  );
}

function PickerNotice({ notice }: Pick<PickerViewProps, 'notice'>) {
  return notice.value ? (
    <p class="picker__notice" role="alert">
      {notice.value}
    </p>
  ) : null;
}

function PickerCount({ ranked, active, length }: Pick<PickerViewProps, 'ranked' | 'active' | 'length'>) {
  const check = length.value;
  if (!ranked.value[active.value] || !check) return null;
  return (
    <span class="picker__count" data-over={check.over} data-testid="picker-count">
      {check.limit === null ? String(check.count) : `${check.count} / ${check.limit}`}
    </span>
  );
}
