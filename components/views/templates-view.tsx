import { EmptyState } from '../empty-state';

/** The Templates section (empty until its feature lands). */
export function TemplatesView() {
  return <EmptyState title="templatesEmptyTitle" body="templatesEmptyBody" />;
}
