/** The YouTube site adapter (watch page and Studio) and the types its identity lookup adds. */

export { youtubeAdapter } from '@/lib/sites/youtube/adapter';
export {
  readYtcfg,
  type YoutubeActiveAccount,
  type YoutubeChannelKind,
  type YtcfgSnapshot,
} from '@/lib/sites/youtube/identity';
export { youtubeNetwork } from '@/lib/sites/youtube/network';
