import { useSignal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { useAppState } from '@/components/state/app-state';

/** A slow chunk says so only after this long: a section that loads at once never flashes the line. */
const LOADING_LINE_MS = 400;

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code (e.g. when the pointer reaches the tab that shows it). */
  preload(): void;
};

/**
 * A component whose code loads on first use (a separate chunk): the page's first paint does not
 * carry it. Once loaded it renders at once; meanwhile nothing, then a short "loading" line if the
 * chunk is slow, and the failure if it cannot load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: Promise<ComponentType<P>> | undefined;
  let ready: ComponentType<P> | undefined;
  const start = () => {
    loaded ??= load().then((component) => {
      ready = component;
      return component;
    });
    return loaded;
  };
  function Lazy(props: P) {
    const { t } = useAppState();
    const view = useSignal<ComponentType<P> | undefined>(ready);
    const slow = useSignal(false);
    const failed = useSignal<string | null>(null);
    useEffect(() => {
      if (view.peek()) return;
      const timer = setTimeout(() => (slow.value = true), LOADING_LINE_MS);
      start().then(
        (component) => {
          view.value = component;
        },
        (error: unknown) => {
          failed.value = String(error);
        },
      );
      return () => clearTimeout(timer);
    }, []);
    if (failed.value) return <p role="alert">{t('sectionLoadFailed', [failed.value])}</p>;
    const View = view.value ?? ready;
    if (View) return <View {...props} />;
    return slow.value ? <p class="muted">{t('sectionLoading')}</p> : null;
  }
  return Object.assign(Lazy, {
    preload: () => {
      start().catch(() => undefined);
    },
  });
}
