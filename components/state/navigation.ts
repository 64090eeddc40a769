import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The side panel's sections, in the order of its tab bar. */
export const SECTIONS = [
  'inbox',
  'calendar',
  'templates',
  'accounts',
  // issue 21a
  'people',
  'reports',
  'health',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export const isSection = (value: string | null): value is Section =>
  (SECTIONS as readonly string[]).includes(value ?? '');

/** Where a side panel remembers the last section shown (view state only, not user data). */
export const LAST_SECTION_KEY = 'cmc.sidePanel.section';

/**
 * Where the popup asks for a section ("<section> <nonce>"). Extension pages share this storage:
 * an open side panel hears the change and follows; two panels never steer each other.
 */
export const GO_TO_SECTION_KEY = 'cmc.sidePanel.goTo';

/** The section a GO_TO_SECTION_KEY value asks for, if any. */
export function requestedSection(value: string | null): Section | null {
  const section = value?.split(' ')[0] ?? null;
  return isSection(section) ? section : null;
}

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
