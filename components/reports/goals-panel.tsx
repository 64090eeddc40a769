import { useSignal } from '@preact/signals';
import { NetworkOptions } from '@/components/network-options';
import { formatGoalNumber } from '@/components/reports/format';
import { GOAL_STATUS, METRIC_LABELS } from '@/components/reports/labels';
import { useAppState } from '@/components/state/app-state';
import { sendToBackground } from '@/lib/messaging/client';
import { isNetwork, NETWORK_NAMES } from '@/lib/networks';
import type { GoalResult } from '@/lib/reports/goals';
import { METRIC_IDS, METRICS, type MetricId } from '@/lib/reports/metrics';
import type { Goal } from '@/lib/reports/settings';

/** A goal in words: "Answered within 2 h · at least 90 % · LinkedIn". */
export function useGoalText() {
  const { t, locale } = useAppState();
  return (goal: Goal) => {
    const spec = METRICS[goal.metric];
    const target = formatGoalNumber(goal.metric, goal.target, locale.value);
    const bound = t(spec.better === 'up' ? 'goalAtLeast' : 'goalAtMost', [target]);
    const scope = goal.network ? ` · ${NETWORK_NAMES[goal.network]}` : '';
    return `${t(METRIC_LABELS[goal.metric], [String(goal.withinHours ?? 24)])} · ${bound}${scope}`;
  };
}

/** The goals and their status for the period: symbol and words, never colour alone. */
export function GoalList({ goals, editable }: { goals: GoalResult[]; editable: boolean }) {
  const { t, locale } = useAppState();
  const text = useGoalText();
  const remove = (id: string) =>
    void sendToBackground('saveReportSettings', {
      goals: goals.map((result) => result.goal).filter((goal) => goal.id !== id),
    });
  if (goals.length === 0) return <p class="muted">{t('goalsEmpty')}</p>;
  return (
    <ul class="goal-list">
      {goals.map(({ goal, status, value }) => (
        <li key={goal.id} class={`goal goal--${status}`} data-testid="goal">
          <span class="goal__status" data-testid="goal-status">
            <span aria-hidden="true">{GOAL_STATUS[status].symbol} </span>
            {t(GOAL_STATUS[status].label)}
          </span>
          <span class="goal__text">{text(goal)}</span>
          {value !== null && (
            <span class="goal__value muted">
              {t('goalValue', [formatGoalNumber(goal.metric, value, locale.value)])}
            </span>
          )}
          {editable && (
            <button
              type="button"
              class="link"
              aria-label={t('goalRemove', [text(goal)])}
              onClick={() => remove(goal.id)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Adds a goal: a measure, a target in its unit, a network if it concerns one. */
export function GoalForm({ goals }: { goals: readonly Goal[] }) {
  const { t } = useAppState();
  const metric = useSignal<MetricId>('answeredWithin');
  const target = useSignal('90');
  const within = useSignal('2');
  const network = useSignal('');
  const submit = (event: Event) => {
    event.preventDefault();
    const value = Number(target.value.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0) return;
    const goal: Goal = {
      id: crypto.randomUUID(),
      metric: metric.value,
      target: value,
      ...(isNetwork(network.value) ? { network: network.value } : {}),
      ...(metric.value === 'answeredWithin' ? { withinHours: Number(within.value) || 2 } : {}),
    };
    void sendToBackground('saveReportSettings', { goals: [...goals, goal] });
  };
  return (
    <form class="goal-form" onSubmit={submit}>
      <label class="field">
        <span>{t('goalMetric')}</span>
        <select value={metric.value} onChange={(e) => (metric.value = e.currentTarget.value as MetricId)}>
          {METRIC_IDS.map((id) => (
            <option key={id} value={id}>
              {t(METRIC_LABELS[id], ['…'])}
            </option>
          ))}
        </select>
      </label>
      {metric.value === 'answeredWithin' && (
        <label class="field">
          <span>{t('goalWithinHours')}</span>
          <input
            type="number"
            min="0.25"
            step="0.25"
            value={within.value}
            onInput={(e) => (within.value = e.currentTarget.value)}
          />
        </label>
      )}
      <label class="field">
        <span>{t('goalTarget')}</span>
        <input
          type="number"
          min="0"
          step="any"
          required
          value={target.value}
          onInput={(e) => (target.value = e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('goalScope')}</span>
        <select value={network.value} onChange={(e) => (network.value = e.currentTarget.value)}>
          <option value="">{t('inboxAllNetworks')}</option>
          <NetworkOptions />
        </select>
      </label>
      <button type="submit">{t('goalAdd')}</button>
    </form>
  );
}
