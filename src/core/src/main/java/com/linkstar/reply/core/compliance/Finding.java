package com.linkstar.reply.core.compliance;

/**
 * One problem in a draft.
 *
 * @param start where in the draft it is, as a character range [start, end); 0-0 for the draft as a whole
 * @param message what is wrong and what to do, for the person approving the draft
 */
public record Finding(String rule, int start, int end, String excerpt, String message) {
}
