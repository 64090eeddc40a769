import { mountPage } from '@/components/mount';
import { PopupApp } from '@/components/popup-app';
import { currentWindowId, openSidePanel } from '@/lib/background/side-panel';

let windowId: number | undefined;
void currentWindowId().then((id) => {
  windowId = id;
});

const openPanel = () => {
  // Opened straight from the click, with the window known in advance: the browser sees the gesture.
  void openSidePanel(windowId).then(() => window.close());
};

mountPage(() => <PopupApp onOpenSidePanel={openPanel} />);
