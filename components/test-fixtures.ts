import { waitFor } from '@testing-library/preact';
import type { CompletedReport, PendingReport, TranscriptMessage } from '../utils/api/schemas';
import type { CacheEntry, Lookup, TabState } from '../utils/tab-state';

// Made-up people and ids only: no real candidate data in fixtures.

export const LOOKUP: Lookup = { by: 'custom_field_id', value: '5123456002', source: 'the Greenhouse application' };
const T0 = Date.UTC(2025, 6, 5, 4, 0, 0);

export function message(overrides: Partial<TranscriptMessage> = {}): TranscriptMessage {
  return { role: 'assistant', content: 'Hello', mode: 'default', timestamp: T0, ...overrides };
}

export function completedReport(overrides: Partial<CompletedReport> = {}): CompletedReport {
  return {
    status: 'completed',
    response_id: '98765',
    invite_status: 'Completed',
    ai_interview_id: '321',
    ai_interview_name: 'Backend Engineer Screen',
    candidate_id: '555',
    candidate_name: 'Ada Example',
    candidate_email: 'ada@example.com',
    custom_field_id: '5123456002',
    score: 82,
    integrity_score: 9,
    skipped_messages: 0,
    recommendation: 'Recommended',
    candidate_summary: 'Strong fundamentals.\nClear communicator.',
    completed_date: 'Jul 05, 2025, 4:42:45 AM',
    pdf_link: 'https://files.example.com/report.pdf',
    report_link: 'https://app.xobin.com/reports/98765',
    interview_recording: [
      { key: '1751688000000', url: 'https://media.example.com/session-2.webm' },
      { key: '1751688900000', url: 'https://media.example.com/session-3.webm' },
      { key: '1751680000000', url: 'https://media.example.com/session-1.webm' },
    ],
    skill_wise_scores: {
      mustHaves: [
        { skill_name: 'Python', score: 85 },
        { skill_name: 'SQL', score: 70 },
      ],
      niceToHaves: [{ skill_name: 'Docker', score: 60 }],
    },
    conversation: [
      message({ role: 'assistant', content: 'Tell me about yourself.', timestamp: T0 }),
      message({ role: 'user', content: 'I build APIs.', timestamp: T0 + 15_000 }),
      message({ role: 'assistant', content: 'Reverse a list.', timestamp: T0 + 75_000 }),
      message({ role: 'user', mode: 'code', content: 'def rev(xs):\n    return xs[::-1]', timestamp: T0 + 135_000 }),
      message({ role: 'system', content: 'Session resumed', timestamp: T0 + 200_000 }),
    ],
    ...overrides,
  };
}

export function pendingReport(overrides: Partial<PendingReport> = {}): PendingReport {
  return {
    status: 'pending',
    response_id: '98766',
    invite_status: 'Pending',
    ai_interview_name: 'Backend Engineer Screen',
    candidate_name: 'Ada Example',
    candidate_email: 'ada@example.com',
    ...overrides,
  } as PendingReport;
}

/** A long interview: alternating speakers, a code message every tenth. */
export function longConversation(count: number): TranscriptMessage[] {
  return Array.from({ length: count }, (_, index) =>
    message({
      role: index % 2 ? 'user' : 'assistant',
      mode: index % 10 === 9 ? 'code' : 'default',
      content: index % 10 === 9 ? `function step${index}() {\n  return ${index};\n}` : `Message number ${index} about the topic.`,
      timestamp: T0 + index * 5_000,
    }),
  );
}

export function entry(report: CompletedReport | PendingReport): CacheEntry {
  return { v: 1, fetchedAt: T0, report };
}

export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    v: 1,
    tabId: 7,
    navId: 'nav-1',
    url: 'https://app.greenhouse.io/people/4012345002?application_id=5123456002',
    ats: 'greenhouse',
    atsName: 'Greenhouse',
    lookups: [LOOKUP],
    phase: 'ready',
    result: { kind: 'report', cacheKey: 'https://app.xobin.com/api/v2|custom_field_id=5123456002', lookup: LOOKUP },
    updatedAt: T0,
    ...overrides,
  };
}

/** All nodes under a root, text included: what "DOM size" means for first-render budgets. */
export function countNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) count++;
  return count;
}

/** Waits for the frame after the report's first one, where its transcript's messages are drawn. */
export function transcriptDrawn(): Promise<void> {
  return waitFor(() => {
    if (document.querySelector('[data-testid="transcript-drawing"]')) throw new Error('the transcript is not drawn yet');
  });
}
