import type { JSX } from 'preact';

/** 16 px line icons for the side panel's sections (drawn here: no icon font, nothing remote). */
const PATHS = {
  inbox: 'M2 9.5 4 3h8l2 6.5V13H2zM2 9.5h3.5l1 1.5h3l1-1.5H14',
  calendar: 'M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3',
  templates: 'M2.5 3h11v8H7l-3 2.5V11H2.5zM5 6h6M5 8.5h4',
  accounts: 'M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 14c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5',
  people:
    'M6 7.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM1.5 13c0-2.4 2-4 4.5-4s4.5 1.6 4.5 4M11 7.5a1.8 1.8 0 1 0 0-3.6M12 9.2c1.5.4 2.5 1.7 2.5 3.8',
  reports: 'M2.5 13.5h11M4 13V8M7 13V4M10 13V6.5M13 13V10',
  health: 'M1.5 8.5h3l1.5-4 2.5 8 2-5 1 1h3',
  settings: 'M2 4.5h12M2 8h12M2 11.5h12M5 3v3M10.5 6.5v3M7 10v3',
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }): JSX.Element {
  return (
    <svg class="nav-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
    </svg>
  );
}
