package com.linkstar.reply.core.port;

/**
 * One action asked of the seller's ERP. The idempotency key is the buyer message's id, so a redelivered draft stage asks
 * for the same action again rather than a second one (never two RMAs or two refunds for one message); the reason is the
 * message's intent id.
 */
public record OrderActionRequest(OrderActionKind kind, String orderId, String idempotencyKey, String reason) {

    public OrderActionRequest {
        if (kind == null) {
            throw new IllegalArgumentException("an order action needs its kind");
        }
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("an order action needs the order id");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an order action needs an idempotency key (the buyer message id)");
        }
    }
}
