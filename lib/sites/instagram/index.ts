/** Instagram: posts, comments and comment textareas; account from the navigation bar. */
export { instagramAdapter } from '@/lib/sites/instagram/adapter';
export { instagramNetwork } from '@/lib/sites/instagram/network';
