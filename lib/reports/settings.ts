/**
 * The user's report settings: goals, the departments feedback goes to, the response-time clock,
 * the time a template saves, and the report's summary. Stored in one versioned item, written by
 * the background only; every field falls back to its default on its own when read back damaged.
 */
import { z } from 'zod';
import { networkSchema } from '@/lib/network-schema';
import { METRIC_IDS, type MetricId } from '@/lib/reports/metrics';
import { RESPONSE_CLOCKS } from '@/lib/reports/responsiveness';

export const goalSchema = z.object({
  id: z.string().min(1).max(100),
  metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
  /** In the metric's goal unit: percent 0–100, hours, counts, posts a week. */
  target: z.number().min(0).max(1_000_000),
  network: networkSchema.optional(),
  /** For "answered within": the limit in hours. */
  withinHours: z
    .number()
    .positive()
    .max(24 * 90)
    .optional(),
});
export type Goal = z.infer<typeof goalSchema>;

export const departmentSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  /** Where the e-mail drafts go; '' lets the user pick in their mail client. */
  email: z.union([z.email().max(300), z.literal('')]),
  /** Tags and opinion-map topics (lower case) that belong to this department. */
  topics: z.array(z.string().trim().toLowerCase().min(1).max(100)).max(100),
});
export type Department = z.infer<typeof departmentSchema>;

const list = <T extends z.ZodType>(schema: T, max: number) =>
  z.catch(
    z
      .array(z.unknown())
      .max(max)
      .transform((values) =>
        values.flatMap((value) => {
          const parsed = schema.safeParse(value);
          return parsed.success ? [parsed.data as z.output<T>] : [];
        }),
      ),
    [],
  );

export const reportSettingsSchema = z.object({
  goals: list(goalSchema, 50),
  departments: list(departmentSchema, 50),
  responseClock: z.catch(z.enum(RESPONSE_CLOCKS), '24h'),
  secondsPerTemplateUse: z.catch(z.number().int().min(0).max(3600), 60),
  /** The short text the CM writes for the report. */
  summary: z.catch(z.string().max(10_000), ''),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsSchema.parse({});

export function parseReportSettings(value: unknown): ReportSettings {
  return reportSettingsSchema.parse(value && typeof value === 'object' ? value : {});
}

/** What a page may change: any field, validated whole. */
export const reportSettingsPatchSchema = z.object({
  goals: z.array(goalSchema).max(50).optional(),
  departments: z.array(departmentSchema).max(50).optional(),
  responseClock: z.enum(RESPONSE_CLOCKS).optional(),
  secondsPerTemplateUse: z.number().int().min(0).max(3600).optional(),
  summary: z.string().max(10_000).optional(),
});
export type ReportSettingsPatch = z.infer<typeof reportSettingsPatchSchema>;
