import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, contentMessageSchema, pageMessageSchema } from './inbound';

const ownId = 'own';
const origin = 'chrome-extension://own';
const ats = (url: string) => url.startsWith('https://app.greenhouse.io/');

const sender = fc.record(
  {
    id: fc.oneof(fc.constant(ownId), fc.string()),
    url: fc.oneof(fc.constant('https://app.greenhouse.io/people/1'), fc.constant(`${origin}/sidepanel.html`), fc.webUrl()),
    frameId: fc.oneof(fc.constant(0), fc.nat()),
    tab: fc.option(fc.record({ id: fc.integer() }), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const message = fc.oneof(
  fc.jsonValue(),
  fc.record({ type: fc.constantFrom('page:detected', 'panel:open', 'rules:get', 'tab:refresh', 'lookup:manual', 'settings:get', 'settings:save', 'settings:test', 'key:get'), detection: fc.jsonValue(), tabId: fc.jsonValue(), baseUrl: fc.jsonValue(), apiKey: fc.jsonValue(), query: fc.jsonValue() }, { requiredKeys: ['type'] }),
);

describe('classify under arbitrary senders and payloads', () => {
  it('accepts only what the schemas accept, only from this extension, and never throws', () => {
    fc.assert(
      fc.property(message, sender, (raw, from) => {
        const result = classify(raw, from as never, ownId, origin, ats);
        if (!result) return;
        expect(from.id).toBe(ownId);
        if (result.from === 'page') {
          expect(from.url?.startsWith(origin)).toBe(true);
          expect(pageMessageSchema.safeParse(raw).success).toBe(true);
        } else {
          expect(from.frameId).toBe(0);
          expect(ats(from.url ?? '')).toBe(true);
          expect(contentMessageSchema.safeParse(raw).success).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('refuses everything from web pages and other extensions', () => {
    fc.assert(
      fc.property(message, sender, (raw, from) => {
        fc.pre(from.id !== ownId);
        expect(classify(raw, from as never, ownId, origin, ats)).toBeUndefined();
      }),
    );
  });
});
