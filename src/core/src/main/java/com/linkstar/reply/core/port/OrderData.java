package com.linkstar.reply.core.port;

import com.linkstar.reply.core.compliance.OrderFacts;

/**
 * What the seller's ERP or order system confirms about an order. A lookup that fails (unknown order, the system down,
 * a timeout) returns {@link OrderFacts#NONE}: the draft then states no fact and promises nothing.
 */
public interface OrderData {

    OrderData NONE = (tenantId, orderId) -> OrderFacts.NONE;

    OrderFacts factsOf(String tenantId, String orderId);
}
