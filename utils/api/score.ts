// Kept apart from the zod schemas so the side panel can name an invalid score without bundling zod.

/** A score that was sent but cannot be right (outside its documented range, or not a number). */
export const INVALID = 'invalid';
export type Checked = number | typeof INVALID;
/** The documented range of integrity_score. The overall and skill scores have no documented maximum. */
export const INTEGRITY_MAX = 10;
/**
 * The overall score's range: undocumented, but Xobin shows it as a percentage (and so does our ring).
 * A score above it is kept and shown as invalid, never hidden and never shown as a number (issue 21).
 */
export const SCORE_MAX = 100;
