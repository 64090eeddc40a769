/** The X site adapter (x.com, twitter.com, mobile.x.com). */
export { xAdapter } from './adapter';
export { xNetwork } from './network';
