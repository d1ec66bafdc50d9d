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

    /** These facts with {@code more} added; where both have a key, {@code more}'s value is the newer word of the ERP. */
    public OrderFacts with(OrderFacts more) {
        if (more.values.isEmpty()) {
            return this;
        }
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.putAll(more.values);
        return new OrderFacts(all);
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
