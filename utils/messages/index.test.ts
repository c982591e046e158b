import { describe, expect, it } from 'vitest';
import type { ContentHandlers, PageHandlers } from './index';
import { contentMessageSchema } from './content';
import { pageMessageSchema } from './page';

// The handler tables' types are the protocol's check: an answer of the wrong shape fails `tsc` (these
// lines are compiled by `npx tsc --noEmit`, which runs in npm test).

describe('the message protocol', () => {
  it('types every handler by its declared answer', async () => {
    const content: Pick<ContentHandlers, 'list:more'> = {
      // @ts-expect-error a count is a number
      'list:more': async () => ({ allowed: 'all' }),
    };
    const page: Pick<PageHandlers, 'settings:test'> = {
      // @ts-expect-error the page reads `message` next to `ok`
      'settings:test': async () => ({ ok: true }),
    };
    expect(await content['list:more']({ type: 'list:more', load: 'abcdefgh' }, { tabId: 1, url: 'https://x.example/' })).toEqual({ allowed: 'all' });
    expect(await page['settings:test']({ type: 'settings:test', baseUrl: '' })).toEqual({ ok: true });
  });

  it('declares each message type once, in one direction', () => {
    const content = contentMessageSchema._zod.def.options.flatMap((option) => option.shape.type._zod.def.values);
    const page = pageMessageSchema._zod.def.options.flatMap((option) => option.shape.type._zod.def.values);
    expect(content).toHaveLength(6);
    expect(page).toHaveLength(12);
    expect(new Set([...content, ...page]).size).toBe(content.length + page.length);
  });
});
