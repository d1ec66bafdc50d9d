package com.linkstar.reply.core.port;

import com.linkstar.reply.core.compliance.OrderFacts;

/**
 * Asks the seller's ERP to take an action on an order (authorise a return, ship a replacement, issue a refund) and
 * answers what the ERP confirms once it has: order facts such as {@code return_authorized=true} with {@code rma_number},
 * {@code replacement_shipped=true} with {@code carrier} and {@code tracking_number}, {@code refund_issued=true} with
 * {@code refund_amount} and {@code currency}. An action that is pending, rejected or failed, or an ERP that does not
 * answer, confirms nothing ({@link OrderFacts#NONE}): the draft then promises nothing and says what will be checked.
 * Implementations never throw for the ERP's answer; they honour the request's idempotency key.
 */
public interface OrderActions {

    /** No ERP connected: no action is ever confirmed. */
    OrderActions NONE = (tenantId, request) -> OrderFacts.NONE;

    OrderFacts request(String tenantId, OrderActionRequest request);
}
