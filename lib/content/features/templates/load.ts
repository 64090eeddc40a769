import { registeredPicker, type TemplatePickerApi } from '@/lib/content/features/templates/api';
import { sendToBackground } from '@/lib/messaging/content-sender';

let loading: Promise<TemplatePickerApi | undefined> | undefined;

/** Loads the picker bundle once (the background injects it into this tab's isolated world). */
export function loadPicker(): Promise<TemplatePickerApi | undefined> {
  const ready = registeredPicker();
  if (ready) return Promise.resolve(ready);
  loading ??= sendToBackground('loadTemplatePicker', {})
    .then(() => registeredPicker())
    .catch((error: unknown) => {
      console.warn('CM Companion: the template picker could not be loaded', error);
      loading = undefined;
      return undefined;
    });
  return loading;
}
