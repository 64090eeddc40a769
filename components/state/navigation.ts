import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The side panel's sections, in the order of its tab bar. */
export const SECTIONS = ['inbox', 'calendar', 'templates', 'accounts', 'reports', 'health', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * Where the side panel remembers the last section shown. Extension pages share this storage, so
 * the popup writes here to send the user to a section (view state only, not user data).
 */
export const LAST_SECTION_KEY = 'cmc.sidePanel.section';

export const isSection = (value: string | null): value is Section =>
  (SECTIONS as readonly string[]).includes(value ?? '');

/**
 * Goes to a section: in the side panel, switches tab and moves focus to `focus` (a selector in
 * the section) or to the section itself; in the popup, opens the side panel there.
 */
export type Navigate = (section: Section, focus?: string) => void;

export const NavigationContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('NavigationContext is missing');
  return navigate;
}
