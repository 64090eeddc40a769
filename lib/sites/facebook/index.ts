/** Facebook: stories, comments and Lexical composers; identity from CurrentUserInitialData. */
export { facebookAdapter } from '@/lib/sites/facebook/adapter';
export { facebookNetwork } from '@/lib/sites/facebook/network';
