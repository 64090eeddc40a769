/** A tenth network that exists only for tests/unit/fake-network.test.ts: what a newcomer writes first. */
import { defineNetwork } from '../../../../lib/sites/descriptor';

export const pinboardNetwork = defineNetwork({
  id: 'pinboard',
  label: 'Pinboard',
  hosts: ['www.pinboard.example'],
  length: { count: 'code-points', limits: { post: 500, reply: 500, message: null } },
  composerUrl: () => 'https://www.pinboard.example/pin/new',
  handles: { mention: '@' },
  pageState: {},
  studyWindows: [],
});
