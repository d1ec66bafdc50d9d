package com.linkstar.reply.core.usecase;

/**
 * A message that can never be processed, whatever the number of retries (malformed, unknown tenant, missing
 * predecessor): it belongs in the dead-letter queue with this reason, not back on the queue.
 */
public class RejectedMessageException extends RuntimeException {

    public RejectedMessageException(String reason) {
        super(reason);
    }
}
