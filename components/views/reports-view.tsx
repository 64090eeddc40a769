import { EmptyState } from '@/components/empty-state';

/** The Reports section (empty until its feature lands). */
export function ReportsView() {
  return <EmptyState title="reportsEmptyTitle" body="reportsEmptyBody" />;
}
