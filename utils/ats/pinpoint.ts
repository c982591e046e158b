import type { AtsAdapter } from './types';

// The job (and stage) segments say where the application was opened from; the last id is the application.
const APPLICATION_PATH = /^\/admin\/jobs\/\d+\/(?:stages\/\d+\/)?applications\/(\d+)(?:\/[\w-]+)?\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const pinpointShapes: readonly string[] = [
  '{account}.pinpointhq.com/admin/jobs/{jobId}/applications/{applicationId}',
  '{account}.pinpointhq.com/admin/jobs/{jobId}/stages/{stageId}/applications/{applicationId}',
];

export const pinpoint: AtsAdapter = {
  id: 'pinpoint',
  name: 'Pinpoint',
  // Account subdomains also serve the public careers site; the recruiter app lives under /admin.
  matches: ['https://*.pinpointhq.com/admin/*'],
  idLabels: { applicationId: 'Pinpoint application' },
  defaultTemplates: ['{applicationId}'],
  detect(url) {
    const match = APPLICATION_PATH.exec(url.pathname);
    if (!match?.[1]) return null;
    return { ids: [{ key: 'applicationId', value: match[1] }] };
  },
};

// Handles (the match patterns of a public Pinpoint extension):
// https://acme.pinpointhq.com/admin/jobs/40101/applications/880101
// https://acme.pinpointhq.com/admin/jobs/40101/stages/90201/applications/880102
// Not: /admin/jobs/{job}/applications (list), /admin/jobs/{job}, the careers site (/en/postings/…)
