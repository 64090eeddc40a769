import { EmptyState } from '../empty-state';

/** The Calendar section (empty until its feature lands). */
export function CalendarView() {
  return <EmptyState title="calendarEmptyTitle" body="calendarEmptyBody" />;
}
