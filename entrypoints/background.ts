import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background/start';

/** The background owns the database and answers the typed protocol (lib/background). */
export default defineBackground(startBackground);
