/** Where the side panel remembers the last section shown (view state of its page only, not user data). */
export const LAST_SECTION_KEY = 'cmc.sidePanel.section';
