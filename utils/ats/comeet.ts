import type { AtsAdapter } from './types';

// Comeet ids are short tokens such as `A7.B6A`: letters, digits and a dot, kept exactly as written.
const ID = '([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)';
const REQ_CANDIDATE_PATH = new RegExp(`^/app/req/${ID}/can/${ID}/?$`);
// A deep link into the single-page app: /app/?goto_url=/can/{id}.
const GOTO_CANDIDATE = new RegExp(`^/can/${ID}/?$`);
const APP_ROOT = /^\/app\/?$/;

// Real-world URL shapes it reads, for people (the panel's "Why no report?"); kept out of the adapter so
// the content script and the worker, which never show them, do not carry them.
export const comeetShapes: readonly string[] = ['app.comeet.co/app/req/{positionId}/can/{candidateId}', 'app.comeet.co/app/?goto_url=/can/{candidateId}'];

export const comeet: AtsAdapter = {
  id: 'comeet',
  name: 'Comeet',
  matches: ['https://app.comeet.co/*'],
  idLabels: { candidateId: 'Comeet candidate' },
  defaultTemplates: ['{candidateId}'],
  detect(url) {
    const goto = APP_ROOT.test(url.pathname) ? url.searchParams.get('goto_url') : null;
    const id = goto ? GOTO_CANDIDATE.exec(goto)?.[1] : REQ_CANDIDATE_PATH.exec(url.pathname)?.[2];
    if (!id) return null;
    return { ids: [{ key: 'candidateId', value: id }] };
  },
};

// Handles:
// https://app.comeet.co/app/req/5A.8C1/can/7F.E22
// https://app.comeet.co/app/?goto_url=/can/7F.E23
// Not: /app/req/{position} (the position), /app/?goto_url=/req/{position}, /app/dashboard
