export { pinboardAdapter } from './adapter';
export { pinboardNetwork } from './network';
