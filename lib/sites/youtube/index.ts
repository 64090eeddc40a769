/** The YouTube site adapter (watch page and Studio) and the types its identity lookup adds. */
export { readYtcfg, type YoutubeActiveAccount, type YoutubeChannelKind, type YtcfgSnapshot } from './account';
export { youtubeAdapter } from './adapter';
