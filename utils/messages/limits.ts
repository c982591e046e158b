/**
 * Chips asked about in one message (list:score): each runtime message costs the ATS page's main
 * thread about a millisecond (the bench's CPU profile), so the chips on screen ask together.
 */
export const MAX_CHIP_BATCH = 10;
