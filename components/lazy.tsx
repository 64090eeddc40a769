import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';

/**
 * A component whose code loads on first use (a separate chunk): the page's first paint does not
 * carry it. Shows a short "loading" line meanwhile, and the failure if the chunk cannot load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const { t } = useAppState();
    const view = useSignal<ComponentType<P> | null>(null);
    const failed = useSignal<string | null>(null);
    useEffect(() => {
      loaded ??= load();
      loaded.then(
        (component) => {
          view.value = component;
        },
        (error: unknown) => {
          failed.value = String(error);
        },
      );
    }, []);
    if (failed.value) return <p role="alert">{t('sectionLoadFailed', [failed.value])}</p>;
    const View = view.value;
    return View ? <View {...props} /> : <p class="muted">{t('sectionLoading')}</p>;
  };
}
