/**
 * Productivity KPIs from the template uses in the period.
 *
 * - **Template uses**: `template-use` events (a template inserted in a reply box).
 * - **Most used templates**: uses per template, most first (name from the current templates;
 *   a template deleted since keeps its uses under its id).
 * - **Time saved**: an estimate, uses × the seconds the user says one template saves (Settings).
 */
import type { AuditEvent } from '@/lib/audit/event';
import { inPeriod, type Period } from '@/lib/reports/period';

export interface TemplateUses {
  templateId: string;
  name: string;
  uses: number;
}

export interface ProductivityKpis {
  templateUses: number;
  topTemplates: TemplateUses[];
  timeSavedMs: number;
}

export function productivityKpis(
  events: readonly AuditEvent[],
  period: Period,
  options: { secondsPerUse: number; templateNames: ReadonlyMap<string, string>; top?: number },
): ProductivityKpis {
  const uses = new Map<string, number>();
  let total = 0;
  for (const event of events) {
    if (event.type !== 'template-use' || !inPeriod(event.at, period)) continue;
    const id = typeof event.data.templateId === 'string' ? event.data.templateId : '';
    uses.set(id, (uses.get(id) ?? 0) + 1);
    total++;
  }
  const topTemplates = [...uses]
    .map(([templateId, count]) => ({
      templateId,
      name: options.templateNames.get(templateId) ?? templateId,
      uses: count,
    }))
    .sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name))
    .slice(0, options.top ?? 5);
  return { templateUses: total, topTemplates, timeSavedMs: total * options.secondsPerUse * 1000 };
}
