import { describe, expect, it } from 'vitest';
import { greenhouse } from './ats/greenhouse';
import { useBrowserLanguage } from '../components/test-setup';
import { buildLookups, idLabel, sameLookups } from './lookups';

const detection = {
  ats: 'greenhouse',
  ids: [
    { key: 'applicationId', value: '5123456002' },
    { key: 'personId', value: '4012345002' },
  ],
  responseIds: [] as string[],
};

describe('buildLookups', () => {
  it('tries the application id before the person id by default', () => {
    expect(buildLookups(detection, greenhouse)).toEqual([
      { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' },
      { by: 'custom_field_id', value: '4012345002', source: 'the Greenhouse candidate' },
    ]);
  });

  it("looks up the profile's own ids first and Xobin report links on the page after (anyone can plant one)", () => {
    const lookups = buildLookups({ ...detection, responseIds: ['979554'] }, greenhouse);
    expect(lookups.map((lookup) => lookup.by)).toEqual(['custom_field_id', 'custom_field_id', 'response_id']);
    expect(lookups.at(-1)).toEqual({ by: 'response_id', value: '979554', source: 'a Xobin report link on the profile' });
  });

  it('fills prefixed templates, skips templates whose ids the page lacks, and drops duplicates', () => {
    const personOnly = { ...detection, ids: [{ key: 'personId', value: '4012345002' }] };
    expect(buildLookups(personOnly, greenhouse, ['GH-{applicationId}', 'GH-{personId}', 'GH-{personId}']).map((l) => l.value)).toEqual(['GH-4012345002']);
  });

  it('compares lookups by what is asked, not by where it came from', () => {
    const a = buildLookups(detection, greenhouse);
    expect(
      sameLookups(
        a,
        a.map((l) => ({ ...l, source: 'x' })),
      ),
    ).toBe(true);
    expect(sameLookups(a, a.slice(1))).toBe(false);
  });
});

describe('id labels', () => {
  it('say in the catalogue exactly what each shipped adapter says in English', async () => {
    const { adapters } = await import('./ats');
    for (const adapter of adapters) {
      for (const [key, label] of Object.entries(adapter.idLabels))
        expect({ ats: adapter.id, key, label: idLabel(adapter, key) }).toEqual({ ats: adapter.id, key, label });
    }
  });

  it('name where each id came from in the reader’s language', () => {
    useBrowserLanguage('de');
    const lookups = buildLookups({ ...detection, responseIds: ['979561'] }, greenhouse, ['GH-{applicationId}-{personId}']);
    expect(lookups.map((lookup) => lookup.source)).toEqual(['Greenhouse-Bewerbung und Greenhouse-Kandidat', 'Xobin-Berichtslink im Profil']);
  });
});
