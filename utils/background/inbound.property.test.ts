import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentMessageSchema } from '../messages/content';
import { pageMessageSchema } from '../messages/page';
import { classify } from './inbound';

const ownId = 'own';
const origin = 'chrome-extension://own';
const PROFILE = 'https://app.greenhouse.io/people/1';
const ats = (url: string) => url.startsWith('https://app.greenhouse.io/');

const anySender = fc.record(
  {
    id: fc.oneof(fc.constant(ownId), fc.string()),
    url: fc.oneof(fc.constant(PROFILE), fc.constant(`${origin}/sidepanel.html`), fc.webUrl()),
    frameId: fc.oneof(fc.constant(0), fc.nat()),
    tab: fc.option(fc.record({ id: fc.integer() }), { nil: undefined }),
  },
  { requiredKeys: [] },
);
// Half the senders are our content script in a profile's top frame, so valid payloads get through.
const sender = fc.oneof(fc.record({ id: fc.constant(ownId), url: fc.constant(PROFILE), frameId: fc.constant(0), tab: fc.record({ id: fc.nat() }) }), anySender);
// Well-formed detections from the profile the sender is on: without them almost every arbitrary
// payload is refused, and the accepting branch below would hardly ever run.
const validDetection = fc.record(
  {
    ats: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
    ids: fc.array(fc.record({ key: fc.stringMatching(/^[a-zA-Z]\w{0,39}$/), value: fc.stringMatching(/^[\w.@:+-]{1,200}$/) }), { minLength: 1, maxLength: 8 }),
    responseIds: fc.array(fc.stringMatching(/^\d{1,15}$/), { maxLength: 8 }),
    email: fc.emailAddress(),
  },
  { requiredKeys: ['ats', 'ids', 'responseIds'] },
);
const validDetected = fc.record({
  type: fc.constant('page:detected'),
  url: fc.constantFrom(PROFILE, 'https://app.greenhouse.io/people/2?application_id=3'),
  detection: fc.option(validDetection, { nil: null }),
});
const message = fc.oneof(
  validDetected,
  fc.jsonValue(),
  fc.record(
    {
      type: fc.constantFrom(
        'page:detected',
        'panel:open',
        'rules:get',
        'tab:refresh',
        'lookup:manual',
        'settings:get',
        'settings:save',
        'settings:test',
        'key:get',
      ),
      detection: fc.jsonValue(),
      tabId: fc.jsonValue(),
      baseUrl: fc.jsonValue(),
      apiKey: fc.jsonValue(),
      query: fc.jsonValue(),
    },
    { requiredKeys: ['type'] },
  ),
);

describe('classify under arbitrary senders and payloads', () => {
  it('accepts only what the schemas accept, only from this extension, and never throws', () => {
    let acceptedDetections = 0;
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
          if (result.message.type === 'page:detected' && result.message.detection) acceptedDetections++;
        }
      }),
      { numRuns: 3000 },
    );
    // The branch that lets a detection through must really have been exercised, not skipped.
    expect(acceptedDetections).toBeGreaterThan(300); // of 3,000 runs
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
