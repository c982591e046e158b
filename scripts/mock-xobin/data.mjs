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
  [
    'user',
    'default',
    102,
    'Each marketplace sends an event id, so we store it with a unique constraint and skip duplicates inside the same transaction as the write.',
  ],
  ['assistant', 'default', 140, 'Good. Please write a function that returns the first non-repeating character of a string.'],
  [
    'user',
    'code',
    260,
    'function firstUnique(text) {\n  const counts = new Map();\n  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);\n  for (const ch of text) {\n    if (counts.get(ch) === 1) return ch;\n  }\n  return null;\n}',
  ],
  ['assistant', 'default', 300, 'What is the time and space complexity of that solution?'],
  ['user', 'default', 331, 'O(n) time with two passes, and O(k) space where k is the number of distinct characters.'],
  ['assistant', 'default', 372, 'Now write a SQL query for the five customers with the highest total order value last month.'],
  [
    'user',
    'code',
    530,
    "SELECT c.id, c.name, SUM(o.total) AS value\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= date_trunc('month', now()) - interval '1 month'\n  AND o.created_at < date_trunc('month', now())\nGROUP BY c.id, c.name\nORDER BY value DESC\nLIMIT 5;",
  ],
  ['assistant', 'default', 575, 'Last question: how would you roll out a schema change on that orders table without downtime?'],
  [
    'user',
    'default',
    640,
    'Expand and contract: add the new column as nullable, backfill in batches, dual-write, switch reads, then drop the old column in a later release.',
  ],
];

const alexStart = 1751961600000; // 2025-07-08 08:00:00 GMT
const alexConversation = [
  ['assistant', 'default', 4, 'Hello Alex. Tell me about a frontend performance problem you solved.'],
  ['user', 'default', 40, 'We had a slow product list, I think it was the images, so we lazy loaded them.'],
  ['assistant', 'default', 71, 'How did you measure that the change helped?'],
  ['user', 'default', 115, 'Mostly it felt faster when I clicked around.'],
  ['assistant', 'default', 150, 'Please write a debounce function.'],
  [
    'user',
    'code',
    320,
    'function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}',
  ],
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
  return {
    ...INTERVIEW,
    candidate_email: email,
    candidate_id: candidateId,
    candidate_name: name,
    invite_status: status,
    response_id: responseId,
    custom_field_id: customFieldId,
  };
}

const skill = (skill_name, score) => ({ skill_name, score });

function buildReports() {
  const riley = longTranscript();
  return [
    completed({
      responseId: 979554,
      candidateId: 1204551,
      name: 'Jordan Example',
      email: 'jordan.example@example.com',
      customFieldId: '5123456002',
      score: 82,
      integrity: 10,
      recommendation: 'Recommended for the next round',
      summary:
        'Jordan explained idempotent webhook processing clearly, wrote correct and efficient code for both exercises, and described a safe zero-downtime migration. Communication was concise and structured.',
      date: 'Jul 05, 2025, 4:42:45 AM',
      sessions: [JORDAN_START],
      skills: {
        must_haves: [skill('Go', 85), skill('SQL', 88), skill('System design', 76)],
        nice_to_haves: [skill('Kubernetes', 60), skill('Observability', 70)],
      },
      messages: conversation(JORDAN_START, jordanConversation),
    }),
    completed({
      responseId: 979560,
      candidateId: 1204560,
      name: 'Alex Demo',
      email: 'alex.demo@example.com',
      customFieldId: '8f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      score: 64,
      integrity: 9.5,
      recommendation: 'Not recommended for the role',
      summary:
        'Alex knows the basics of lazy loading and wrote a working debounce, but could not explain how improvements were measured and was unsure about function context. Not recommended for the role at this level.',
      date: 'Jul 08, 2025, 8:07:10 AM',
      sessions: [alexStart],
      skills: { must_haves: [skill('JavaScript', 66), skill('Web performance', 52)], nice_to_haves: [skill('Accessibility', 58)] },
      messages: conversation(alexStart, alexConversation),
    }),
    completed({
      responseId: 979561,
      candidateId: 1204561,
      name: 'Riley Sample',
      email: 'riley.sample@example.com',
      customFieldId: 'CAND-2025-003',
      score: 71,
      integrity: 8,
      recommendation: 'Recommended with reservations',
      summary: 'A very long interview over two sessions. Riley was thorough on data cleaning and SQL, weaker on statistics.',
      date: 'Jul 10, 2025, 2:15:00 PM',
      sessions: riley.sessions,
      skills: { must_haves: [skill('SQL', 80), skill('Statistics', 58)], nice_to_haves: [skill('Python', 74)] },
      messages: riley.messages,
    }),
    pending({
      responseId: 979562,
      candidateId: 1204562,
      name: 'Casey Pending',
      email: 'casey.pending@example.com',
      customFieldId: '0b6d7e8f-1a2b-4c3d-9e4f-5a6b7c8d9e0f',
      status: 'Pending',
    }),
    pending({
      responseId: 979563,
      candidateId: 1204563,
      name: 'Sam Placeholder',
      email: 'sam.placeholder@example.com',
      customFieldId: '4012345004',
      status: 'Started',
    }),
    ...atsReports(),
  ];
}

// One report per candidate on the other ATS fixtures (issue 3), and for the tests of templates,
// recruiter rules and in-app navigation. Response ids 9796x1 are linked from a fixture page (found by
// response id); the rest are found by the custom_field_id the ATS's default template (or a rule, or a
// prefixed template) produces. Scores differ so a badge shows whose report it is.
const ATS_START = 1752300000000; // 2025-07-12 06:00:00 GMT

function shortInterview(first) {
  return conversation(ATS_START, [
    ['assistant', 'default', 4, `Hi ${first}, thanks for joining. What are you working on at the moment?`],
    ['user', 'default', 35, 'Mostly integrations: moving data between two systems without losing or duplicating records.'],
    ['assistant', 'default', 70, 'How do you know a record was not processed twice?'],
    ['user', 'default', 112, 'Every record carries a source id, and the write is skipped when that id was already seen.'],
  ]);
}

function atsCompleted(responseId, name, email, customFieldId, score, recommendation) {
  const first = name.split(' ')[0];
  return completed({
    responseId,
    candidateId: responseId + 230000,
    name,
    email,
    customFieldId,
    score,
    integrity: 9,
    recommendation,
    summary: `${first} explained deduplication by source id clearly and answered follow-up questions with concrete examples.`,
    date: 'Jul 12, 2025, 6:02:10 AM',
    sessions: [ATS_START],
    skills: {
      must_haves: [skill('Integrations', score), skill('SQL', Math.max(0, score - 6))],
      nice_to_haves: [skill('Communication', Math.min(100, score + 4))],
    },
    messages: shortInterview(first),
  });
}

function atsPending(responseId, name, email, customFieldId, status = 'Pending') {
  return pending({ responseId, candidateId: responseId + 230000, name, email, customFieldId, status });
}

function atsReports() {
  return [
    // Linked from the profile (a Xobin report link on the page): looked up by response id.
    atsCompleted(979601, 'Morgan Testperson', 'morgan.testperson@example.com', '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 77, 'Recommended for the next round'),
    atsCompleted(979611, 'Taylor Sample', 'taylor.sample@example.com', '370680602', 69, 'Recommended with reservations'),
    atsCompleted(979621, 'Robin Example', 'robin.example@example.com', '0e6b06f7-b56c-4507-8da1-9567a7bf6d01', 88, 'Strongly recommended'),
    atsCompleted(979631, 'Jesse Mockup', 'jesse.mockup@example.com', '14653', 73, 'Recommended for the next round'),
    atsCompleted(979641, 'Charlie Fauxname', 'charlie.fauxname@example.com', '33498801', 91, 'Strongly recommended'),
    atsCompleted(979651, 'Lee Madeup', 'lee.madeup@example.com', '2345601', 58, 'Not recommended for the role'),
    atsCompleted(979661, 'Rowan Sampleton', 'rowan.sampleton@example.com', '240182801', 84, 'Recommended for the next round'),
    atsCompleted(979671, 'Casey Dummy', 'casey.dummy@example.com', '393718000000123401', 62, 'Recommended with reservations'),
    atsCompleted(979681, 'Harper Notperson', 'harper.notperson@example.com', '5060401', 79, 'Recommended for the next round'),
    atsCompleted(979691, 'Morgan Nonexistent', 'morgan.nonexistent@example.com', '14101', 95, 'Strongly recommended'),
    // No link on the profile: found by the custom_field_id of the default template.
    atsCompleted(979602, 'Quinn Placeholder', 'quinn.placeholder@example.com', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', 71, 'Recommended for the next round'),
    atsPending(979612, 'Avery Fictional', 'avery.fictional@example.com', '370680611'),
    atsCompleted(979622, 'Kai Specimen', 'kai.specimen@example.com', 'a6d2e51f-a2ac-4b4a-a062-834cec0bab02', 66, 'Recommended with reservations'),
    atsPending(979632, 'Parker Invented', 'parker.invented@example.com', '14654', 'Started'),
    atsCompleted(979642, 'Dana Notreal', 'dana.notreal@example.com', '33498802', 83, 'Recommended for the next round'),
    atsCompleted(979652, 'Sasha Imaginary', 'sasha.imaginary@example.com', '2345602', 67, 'Recommended with reservations'),
    atsPending(979662, 'Blair Pretend', 'blair.pretend@example.com', '240182802'),
    atsCompleted(979672, 'Noel Fabricated', 'noel.fabricated@example.com', '31529000000204017', 74, 'Recommended for the next round'),
    atsCompleted(979682, 'Finley Concocted', 'finley.concocted@example.com', '5060402', 81, 'Recommended for the next round'),
    atsPending(979692, 'Reese Fictive', 'reese.fictive@example.com', '14102', 'Started'),
    // Workable with a hex candidate id in the UI URL (issue 8 item 6).
    atsCompleted(979613, 'Drew Hexample', 'drew.hexample@example.com', '8f2c1e9a7b', 64, 'Recommended with reservations'),
    // Issue 20: the Greenhouse redesign on a company subdomain and Lever's EU data centre, by template.
    atsCompleted(979710, 'Skyler Redesign', 'skyler.redesign@example.com', '5123456010', 78, 'Recommended for the next round'),
    atsCompleted(979711, 'Jules Eurolever', 'jules.eurolever@example.com', 'e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b', 57, 'Recommended with reservations'),
    // A third Lever candidate (in-app navigation tests render this profile into the page themselves).
    atsCompleted(979565, 'Drew Example', 'drew.example@example.com', 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f', 76, 'Recommended for the next round'),
    // A recruiter-defined rule (ats.acme-hiring.example, template ACME-{candidateId}) and a prefixed
    // Greenhouse template (GH-{applicationId}): same person as 979554, another interview.
    atsCompleted(979700, 'Jamie Rulecase', 'jamie.rulecase@example.com', 'ACME-77123', 86, 'Recommended for the next round'),
    // A second rule, reading its id from the page with a CSS selector (people.beta-ats.example).
    atsCompleted(979702, 'Robin Selectorcase', 'robin.selectorcase@example.com', 'BETA-B-4410', 72, 'Recommended for the next round'),
    {
      ...atsCompleted(979701, 'Jordan Example', 'jordan.example@example.com', 'GH-5123456002', 90, 'Strongly recommended'),
      ai_interview_name: 'Backend Engineer – Final AI Interview',
    },
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
  const found = all().find((report) => (lookup.by === 'response_id' ? String(report.response_id) === lookup.value : report.custom_field_id === lookup.value));
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

/** A completed report in the fixtures' shape for someone an invite created (mock `complete`). */
export function completedLike(responseId, name, email, customFieldId, score) {
  return atsCompleted(responseId, name, email, customFieldId, score, score >= 70 ? 'Recommended for the next round' : 'Recommended with reservations');
}

/** The fixtures' reports of one AI interview, as the invited endpoint lists them. */
export function interviewsOf(aiInterviewId) {
  return all().filter((report) => report.ai_interview_id === aiInterviewId);
}
