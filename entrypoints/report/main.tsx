import { mountPage } from '@/components/mount';
import { ReportPage } from '@/components/reports/report-page';

mountPage(() => <ReportPage />);
