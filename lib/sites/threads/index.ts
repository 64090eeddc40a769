/** The Threads site adapter (threads.com and threads.net). */
export { threadsAdapter } from '@/lib/sites/threads/adapter';
export { threadsNetwork } from '@/lib/sites/threads/network';
