/** LinkedIn: one adapter for both the legacy and the sdui markup. */
export { linkedinAdapter } from '@/lib/sites/linkedin/adapter';
export { linkedinNetwork } from '@/lib/sites/linkedin/network';
