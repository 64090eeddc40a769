/** Facebook: stories, comments and Lexical composers; identity from CurrentUserInitialData. */
export { facebookAdapter } from './adapter';
export { facebookNetwork } from './network';
