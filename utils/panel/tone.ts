export type Tone = 'positive' | 'negative' | 'neutral';

// Recommendation values are free text and undocumented. Only wordings that cannot be read two ways
// get a colour; "Recommended with reservations", "Maybe", "Hold" and anything new stay neutral.
const ROLE_SUFFIX = /\s+for\s+(?:the|this)\s+(?:role|position|job)$/;
const POSITIVE = new Set([
  'recommended',
  'recommend',
  'highly recommended',
  'strongly recommended',
  'strongly recommend',
  'hire',
  'strong hire',
  'definitely hire',
]);
const NEGATIVE = new Set([
  'not recommended',
  'not recommend',
  'do not recommend',
  "don't recommend",
  'dont recommend',
  'strongly not recommended',
  'no hire',
  'strong no hire',
  'do not hire',
  "don't hire",
  'reject',
  'rejected',
  'not suitable',
  'unsuitable',
  'not a fit',
]);

export function recommendationTone(recommendation: string | null | undefined): Tone {
  if (!recommendation) return 'neutral';
  const words = recommendation
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ROLE_SUFFIX, '');
  if (POSITIVE.has(words)) return 'positive';
  if (NEGATIVE.has(words)) return 'negative';
  return 'neutral';
}
