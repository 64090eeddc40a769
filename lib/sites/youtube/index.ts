/** The YouTube site adapter (watch page and Studio) and the types its identity lookup adds. */

export { youtubeAdapter } from './adapter';
export { readYtcfg, type YoutubeActiveAccount, type YoutubeChannelKind, type YtcfgSnapshot } from './identity';
export { youtubeNetwork } from './network';
