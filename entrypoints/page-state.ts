import { PAGE_STATE_KEYS, readPageState } from '@/lib/dom/page-state';

/**
 * Reads the page globals that say who is signed in (the descriptors' `pageState` readers), in the
 * page's main world, and returns them: the background injects it with `scripting.executeScript`
 * when a content script asks (`readPageState`) and answers with its result. Nothing stays in the
 * page: no listener, and no global (an anonymous function, whose value is the script's result).
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => readPageState(PAGE_STATE_KEYS),
});
