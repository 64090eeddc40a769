import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentProtocol } from '@/lib/messaging/content-protocol';
import { contentResponseSchemas } from '@/lib/messaging/content-responses';
import { contentSentResponses } from '@/lib/messaging/content-sender';
import { protocol } from '@/lib/messaging/protocol';
import { importsOf, productFiles } from './import-graph';

const files = productFiles();
const inContentScripts = (file: string) =>
  ['lib/content/', 'lib/dom/', 'lib/sites/'].some((prefix) => file.startsWith(prefix)) ||
  /^entrypoints\/[^/]+\.content/.test(file);

describe('one declared, validated protocol in both directions', () => {
  it('every message a content script may send has a light response schema, and only those', () => {
    const contentSendable = Object.entries(protocol)
      .filter(([, spec]) => (spec.from as readonly string[]).includes('content'))
      .map(([type]) => type)
      .sort();
    expect(Object.keys(contentSentResponses).sort()).toEqual(contentSendable);
  });

  it('every message to a content script has a response schema', () => {
    expect(Object.keys(contentResponseSchemas).sort()).toEqual(Object.keys(contentProtocol).sort());
  });

  it('content scripts send through the light sender, never the pages’ client that bundles the whole protocol', () => {
    const offenders = files.filter(inContentScripts).flatMap((file) =>
      importsOf(file)
        .filter((to) =>
          ['lib/messaging/client.ts', 'lib/messaging/protocol.ts', 'lib/messaging/content-responses.ts'].includes(to),
        )
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it('one listener per content script: only the dispatcher adds a runtime.onMessage listener in content code', () => {
    const listeners = files
      .filter(inContentScripts)
      .filter((file) => readFileSync(file, 'utf8').includes('runtime.onMessage.addListener'));
    expect(listeners).toEqual(['lib/content/site-session.ts']);
  });
});

describe('one writer per piece of data', () => {
  /** The writes of the shared items: only the background's handlers may call them. */
  const WRITES = [
    'writeTemplates(',
    'updateTemplates(',
    'templateUsesItem.setValue(',
    'writeAccounts(',
    'rememberSeenAccount(',
    'forgetSeenAccount(',
    'updateEditDrafts(',
    'editDraftsItem.setValue(',
  ];
  const DEFINED_IN = ['lib/templates/store.ts', 'lib/templates/uses.ts', 'lib/guard/store.ts', 'lib/drafts/store.ts'];

  it('templates, their use counts, accounts, reported accounts and edit drafts are written by the background only', () => {
    const offenders = files
      .filter((file) => !file.startsWith('lib/background/') && !DEFINED_IN.includes(file))
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return WRITES.filter((write) => text.includes(write)).map((write) => `${file}: ${write}`);
      });
    expect(offenders).toEqual([]);
  });
});
