package com.linkstar.reply.core.compliance;

import java.util.Map;

/**
 * What the seller's order data confirms (DESIGN.md section 7): strings such as {@code tracking_number}, booleans such
 * as {@code refund_issued} (true = confirmed), the number {@code return_window_days}. Unknown keys are kept, unused.
 */
public record OrderFacts(Map<String, Object> values) {

    public static final OrderFacts NONE = new OrderFacts(Map.of());

    public OrderFacts {
        Map<String, Object> present = new java.util.HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        values = Map.copyOf(present);
    }

    public boolean confirmed(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    /** The fact as text, or null when absent. */
    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
