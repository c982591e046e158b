// Test data shaped like Xobin's published samples (fake people). Used by unit tests only.

export function completedBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ai_interview_id: 5512,
    ai_interview_name: 'Backend Engineer – AI Interview',
    candidate_email: 'jordan.example@example.com',
    candidate_id: 88123,
    candidate_name: 'Jordan Example',
    candidate_summary: 'Strong on API design; not recommended for the role without a systems follow-up.',
    completed_date: 'Jul 05, 2025, 4:42:45 AM',
    integrity_score: 10,
    invite_status: 'Completed',
    pdf_link: 'https://app.xobin.com/reports/979554.pdf',
    recommendation: 'Recommended for the next round',
    response_id: 979554,
    custom_field_id: '5123456002',
    score: 82,
    report_link: 'https://app.xobin.com/ai-interviews/candidate/report/979554',
    interview_recording: { '1755695988585': 'https://cdn.xobin.com/rec/session-1.webm' },
    skill_wise_scores: {
      must_haves: [{ score: 8, skill_name: 'Node.js' }],
      nice_to_haves: [{ score: 6, skill_name: 'Kubernetes' }],
    },
    conversation: [
      { content: 'Tell me about a service you designed.', mode: 'default', role: 'assistant', timestamp: 1755695990000 },
      { content: 'function add(a, b) {\n  return a + b;\n}', mode: 'code', role: 'user', timestamp: 1755696000000 },
    ],
    proctoring_flags: [],
    ...overrides,
  };
}

export function pendingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ai_interview_id: 5512,
    ai_interview_name: 'Backend Engineer – AI Interview',
    candidate_email: 'casey.pending@example.com',
    candidate_id: 88124,
    candidate_name: 'Casey Pending',
    invite_status: 'Pending',
    response_id: 979562,
    ...overrides,
  };
}
