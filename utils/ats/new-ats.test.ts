import { describe, expect, it } from 'vitest';
import { detectPage } from '../content/detect-page';

// JobAdder, Pinpoint, Comeet, Keka and Oracle Taleo at their attested URL shapes
// (/work/shared/ats-urls.md), through the registry as the content script sees them.

const doc = document.implementation.createHTMLDocument('');
const detect = (href: string) => {
  const found = detectPage(new URL(href), doc);
  return found && { ats: found.ats, ids: found.ids };
};
const one = (ats: string, key: string, value: string) => ({ ats, ids: [{ key, value }] });

describe('profiles', () => {
  it.each([
    ['https://app.jobadder.com/candidates/4471201', one('jobadder', 'candidateId', '4471201')],
    ['https://acme.pinpointhq.com/admin/jobs/40101/applications/880101', one('pinpoint', 'applicationId', '880101')],
    ['https://acme.pinpointhq.com/admin/jobs/40101/stages/90201/applications/880102', one('pinpoint', 'applicationId', '880102')],
    ['https://app.comeet.co/app/req/5A.8C1/can/7F.E22', one('comeet', 'candidateId', '7F.E22')],
    ['https://app.comeet.co/app/?goto_url=/can/7F.E23', one('comeet', 'candidateId', '7F.E23')],
    ['https://app.comeet.co/app?goto_url=%2Fcan%2F7F.E23', one('comeet', 'candidateId', '7F.E23')],
    ['https://acme.keka.com/#/hire/candidate/job/51201/880301/summary', one('keka', 'candidateId', '880301')],
    ['https://acme.keka.com/#/hire/candidate/job/51201/880301', one('keka', 'candidateId', '880301')],
    ['https://acme.taleo.net/enterprise/publicurl/viewProfile?candidateNumber=100234', one('taleo', 'candidateNumber', '100234')],
    ['https://acme.taleo.net/enterprise/publicurl/viewApplication?applicationNumber=200345', one('taleo', 'applicationNumber', '200345')],
  ])('%s', (href, expected) => {
    expect(detect(href)).toEqual(expected);
  });
});

describe('not a profile', () => {
  it.each([
    'https://app.jobadder.com/candidates',
    'https://app.jobadder.com/jobs/310201',
    'https://app.jobadder.com/candidates/new',
    'https://acme.pinpointhq.com/admin/jobs/40101/applications',
    'https://acme.pinpointhq.com/admin/jobs/40101',
    'https://acme.pinpointhq.com/en/postings/3b1f0c2e-5d6a-4e7b-8c9d-0a1b2c3d4e5f',
    'https://app.comeet.co/app/req/5A.8C1',
    'https://app.comeet.co/app/?goto_url=/req/5A.8C1',
    'https://app.comeet.co/app/dashboard?goto_url=/can/7F.E23',
    'https://www.comeet.com/jobs/acme/5A.8C1',
    'https://acme.keka.com/#/hire/jobs',
    'https://acme.keka.com/#/hire/candidate/job/51201',
    'https://acme.keka.com/careers/#/hire/candidate/job/51201/880301/summary',
    'https://www.keka.com/#/hire/candidate/job/51201/880301/summary',
    'https://acme.taleo.net/enterprise/publicurl/viewRequisition?requisitionNumber=300456',
    'https://acme.taleo.net/enterprise/publicurl/viewProfile?candidateNumber=abc',
    'https://acme.taleo.net/careersection/2/jobdetail.ftl?job=300456',
  ])('%s', (href) => {
    expect(detect(href)).toBeNull();
  });
});
