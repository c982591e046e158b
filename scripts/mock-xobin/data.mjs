import { longTranscript } from './long-transcript.mjs';

// Fake people and ids that match the fixture ATS pages in utils/ats/fixtures/. Shapes follow
// /work/shared/xobin-api.md including the observed quirks: integer integrity_score, recordings keyed
// by session-start epoch ms, a completed_date that is not ISO 8601, and a few undocumented fields.

const ORIGIN = 'https://app.xobin.com';
const INTERVIEW = { ai_interview_id: 31877, ai_interview_name: 'Backend Engineer – AI Interview' };

const JORDAN_START = 1751688000000; // 2025-07-05 04:00:00 GMT
const at = (start, seconds) => start + seconds * 1000;

const jordanConversation = [
  ['assistant', 'default', 5, 'Hi Jordan, thanks for joining. Could you start by describing a backend system you built recently?'],
  ['user', 'default', 31, 'Sure. I built an order-ingestion service in Go that receives webhooks from three marketplaces and normalises them into one queue.'],
  ['assistant', 'default', 64, 'How did you make sure a webhook delivered twice is only processed once?'],
  ['user', 'default', 102, 'Each marketplace sends an event id, so we store it with a unique constraint and skip duplicates inside the same transaction as the write.'],
  ['assistant', 'default', 140, 'Good. Please write a function that returns the first non-repeating character of a string.'],
  ['user', 'code', 260, 'function firstUnique(text) {\n  const counts = new Map();\n  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);\n  for (const ch of text) {\n    if (counts.get(ch) === 1) return ch;\n  }\n  return null;\n}'],
  ['assistant', 'default', 300, 'What is the time and space complexity of that solution?'],
  ['user', 'default', 331, 'O(n) time with two passes, and O(k) space where k is the number of distinct characters.'],
  ['assistant', 'default', 372, 'Now write a SQL query for the five customers with the highest total order value last month.'],
  ['user', 'code', 530, "SELECT c.id, c.name, SUM(o.total) AS value\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= date_trunc('month', now()) - interval '1 month'\n  AND o.created_at < date_trunc('month', now())\nGROUP BY c.id, c.name\nORDER BY value DESC\nLIMIT 5;"],
  ['assistant', 'default', 575, 'Last question: how would you roll out a schema change on that orders table without downtime?'],
  ['user', 'default', 640, 'Expand and contract: add the new column as nullable, backfill in batches, dual-write, switch reads, then drop the old column in a later release.'],
];

const alexStart = 1751961600000; // 2025-07-08 08:00:00 GMT
const alexConversation = [
  ['assistant', 'default', 4, 'Hello Alex. Tell me about a frontend performance problem you solved.'],
  ['user', 'default', 40, 'We had a slow product list, I think it was the images, so we lazy loaded them.'],
  ['assistant', 'default', 71, 'How did you measure that the change helped?'],
  ['user', 'default', 115, 'Mostly it felt faster when I clicked around.'],
  ['assistant', 'default', 150, 'Please write a debounce function.'],
  ['user', 'code', 320, 'function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}'],
  ['assistant', 'default', 360, 'What happens to `this` inside fn with that implementation?'],
  ['user', 'default', 402, 'I am not sure, I usually use arrow functions.'],
];

function conversation(start, rows) {
  return rows.map(([role, mode, seconds, content]) => ({ content, mode, role, timestamp: at(start, seconds) }));
}

function completed({ responseId, candidateId, name, email, customFieldId, score, integrity, recommendation, summary, date, sessions, skills, messages }) {
  const recordings = Object.fromEntries(
    sessions.map((start, i) => [String(start), `${ORIGIN}/recordings/${responseId}/session-${i + 1}.webm?token=mock-${responseId}-${i + 1}`]),
  );
  return {
    ...INTERVIEW,
    candidate_email: email,
    candidate_id: candidateId,
    candidate_name: name,
    candidate_summary: summary,
    completed_date: date,
    custom_field_id: customFieldId,
    integrity_score: integrity,
    interview_recording: recordings,
    invite_status: 'Completed',
    pdf_link: `${ORIGIN}/reports/${responseId}.pdf?token=mock-${responseId}`,
    recommendation,
    report_link: `${ORIGIN}/ai-interviews/candidate/report/${responseId}`,
    response_id: responseId,
    score,
    skill_wise_scores: skills,
    conversation: messages,
    // Undocumented extras seen in webhook payloads of this API family; clients must ignore them.
    interview_language: 'en',
    time_taken_seconds: messages.length > 1 ? Math.round((messages.at(-1).timestamp - messages[0].timestamp) / 1000) : 0,
    proctoring: { tab_switches: 0, face_not_detected: 0 },
  };
}

function pending({ responseId, candidateId, name, email, customFieldId, status }) {
  return { ...INTERVIEW, candidate_email: email, candidate_id: candidateId, candidate_name: name, invite_status: status, response_id: responseId, custom_field_id: customFieldId };
}

const skill = (skill_name, score) => ({ skill_name, score });

function buildReports() {
  const riley = longTranscript();
  return [
    completed({
      responseId: 979554, candidateId: 1204551, name: 'Jordan Example', email: 'jordan.example@example.com', customFieldId: '5123456002',
      score: 82, integrity: 10, recommendation: 'Recommended for the next round',
      summary: 'Jordan explained idempotent webhook processing clearly, wrote correct and efficient code for both exercises, and described a safe zero-downtime migration. Communication was concise and structured.',
      date: 'Jul 05, 2025, 4:42:45 AM', sessions: [JORDAN_START],
      skills: { must_haves: [skill('Go', 85), skill('SQL', 88), skill('System design', 76)], nice_to_haves: [skill('Kubernetes', 60), skill('Observability', 70)] },
      messages: conversation(JORDAN_START, jordanConversation),
    }),
    completed({
      responseId: 979560, candidateId: 1204560, name: 'Alex Demo', email: 'alex.demo@example.com', customFieldId: '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      score: 64, integrity: 9.5, recommendation: 'Not recommended for the role',
      summary: 'Alex knows the basics of lazy loading and wrote a working debounce, but could not explain how improvements were measured and was unsure about function context. Not recommended for the role at this level.',
      date: 'Jul 08, 2025, 8:07:10 AM', sessions: [alexStart],
      skills: { must_haves: [skill('JavaScript', 66), skill('Web performance', 52)], nice_to_haves: [skill('Accessibility', 58)] },
      messages: conversation(alexStart, alexConversation),
    }),
    completed({
      responseId: 979561, candidateId: 1204561, name: 'Riley Sample', email: 'riley.sample@example.com', customFieldId: 'CAND-2025-003',
      score: 71, integrity: 8, recommendation: 'Recommended with reservations',
      summary: 'A very long interview over two sessions. Riley was thorough on data cleaning and SQL, weaker on statistics.',
      date: 'Jul 10, 2025, 2:15:00 PM', sessions: riley.sessions,
      skills: { must_haves: [skill('SQL', 80), skill('Statistics', 58)], nice_to_haves: [skill('Python', 74)] },
      messages: riley.messages,
    }),
    pending({ responseId: 979562, candidateId: 1204562, name: 'Casey Pending', email: 'casey.pending@example.com', customFieldId: '0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f', status: 'Pending' }),
    pending({ responseId: 979563, candidateId: 1204563, name: 'Sam Placeholder', email: 'sam.placeholder@example.com', customFieldId: '4012345004', status: 'Started' }),
  ];
}

let reports;
function all() {
  reports ??= buildReports();
  return reports;
}

/**
 * The API's answer body for a lookup, or undefined (404). Not-completed interviews carry only the
 * documented subset, and custom_field_id only when that is how they were looked up.
 */
export function reportFor(lookup) {
  const found = all().find((report) =>
    lookup.by === 'response_id' ? String(report.response_id) === lookup.value : report.custom_field_id === lookup.value,
  );
  if (!found) return undefined;
  const body = structuredClone(found);
  if (body.invite_status !== 'Completed' && lookup.by !== 'custom_field_id') delete body.custom_field_id;
  return body;
}

/** A completed report to start a scenario body from (tests change a field or two). */
export function sampleReport(responseId) {
  const body = reportFor({ by: 'response_id', value: String(responseId) });
  if (!body) throw new Error(`No sample report ${responseId}`);
  return body;
}

export const SAMPLE_IDS = Object.freeze({
  jordan: { responseId: '979554', customFieldId: '5123456002' },
  alex: { responseId: '979560', customFieldId: '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
  riley: { responseId: '979561' },
  casey: { responseId: '979562', customFieldId: '0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f' },
  sam: { responseId: '979563', customFieldId: '4012345004' },
});
