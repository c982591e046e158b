// A 5,000-message interview over two recording sessions, generated from a fixed seed so every run
// (and every test assertion on it) sees the same text. Used to check the panel copes with size.

export const LONG_TRANSCRIPT_LENGTH = 5000;
const SESSION_1_START = 1752127200000; // 2025-07-10 06:00:00 GMT
const SESSION_BREAK_AT = 2600; // first message of the second session
const BREAK_MS = 30 * 60_000;

const TOPICS = ['joins', 'window functions', 'missing values', 'outliers', 'sampling', 'A/B tests', 'dashboards', 'data quality', 'indexes', 'cohorts'];
const QUESTIONS = [
  'How would you approach {t} in this data set?',
  'Can you walk me through a time {t} mattered in your work?',
  'What can go wrong with {t}, and how would you notice?',
  'Explain {t} to a stakeholder with no technical background.',
];
const ANSWERS = [
  'I would start by checking how {t} affects the row counts, then compare against the source.',
  'In my last role {t} came up weekly; we documented the rules next to the query.',
  'The main risk with {t} is silently dropping data, so I add assertions before and after.',
  'I would explain {t} with a small worked example and a chart rather than the formula.',
];

/** mulberry32: tiny, fast, deterministic. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function longTranscript(seed = 979561) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sessions = [SESSION_1_START];
  const messages = [];
  let clock = SESSION_1_START;
  for (let i = 0; i < LONG_TRANSCRIPT_LENGTH; i++) {
    if (i === SESSION_BREAK_AT) {
      clock += BREAK_MS;
      sessions.push(clock);
    }
    clock += 2000 + Math.floor(random() * 6000);
    const topic = pick(TOPICS);
    const role = i % 2 === 0 ? 'assistant' : 'user';
    const code = role === 'user' && i % 50 === 49;
    const content = code
      ? `-- answer ${i + 1}: ${topic}\nSELECT user_id, COUNT(*) AS n\nFROM events\nWHERE kind = '${topic}'\nGROUP BY user_id\nHAVING COUNT(*) > ${1 + Math.floor(random() * 9)};`
      : `${pick(role === 'assistant' ? QUESTIONS : ANSWERS).replace('{t}', topic)} (#${i + 1})`;
    messages.push({ content, mode: code ? 'code' : 'default', role, timestamp: clock });
  }
  return { sessions, messages };
}
