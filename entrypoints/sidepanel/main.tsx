import { mountPage } from '@/components/mount';
import { SidePanelApp } from '@/components/side-panel-app';

mountPage(() => <SidePanelApp />);
