/** LinkedIn: one adapter for both the legacy and the sdui markup. */
export { linkedinAdapter } from './adapter';
export { linkedinNetwork } from './network';
