/** Instagram: posts, comments and comment textareas; account from the navigation bar. */
export { instagramAdapter } from './adapter';
export { instagramNetwork } from './network';
