/** The X site adapter (x.com, twitter.com, mobile.x.com). */
export { xAdapter } from '@/lib/sites/x/adapter';
export { xNetwork } from '@/lib/sites/x/network';
