/** The Threads site adapter (threads.com and threads.net). */
export { threadsAdapter } from './adapter';
export { threadsNetwork } from './network';
