import {
  registeredLibrary,
  registeredPicker,
  type TemplateLibraryApi,
  type TemplatePickerApi,
} from '@/lib/content/features/templates/api';
import { bundleLoader } from '@/lib/content/lazy-bundle';
import { sendToBackground } from '@/lib/messaging/content-sender';

/** The picker's view and the other on-demand page UI (entrypoints/template-picker.ts). */
export const loadPicker = bundleLoader<TemplatePickerApi>(
  () => sendToBackground('loadTemplatePicker', {}),
  registeredPicker,
  'template picker',
);

/** The library read and folded ahead of the picker, small enough to load at focus (entrypoints/template-library.ts). */
export const loadTemplateLibrary = bundleLoader<TemplateLibraryApi>(
  () => sendToBackground('loadTemplateLibrary', {}),
  registeredLibrary,
  'template library',
);
