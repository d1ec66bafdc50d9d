package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.compliance.OrderFacts;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Order facts as the seller's ERP writes them in JSON, read the same way wherever the ERP answers (an order lookup, an
 * action's confirmation): only the fact keys of DESIGN.md §7 are kept, booleans stay booleans, numbers numbers, the
 * rest is text; nulls and unknown keys are dropped.
 */
final class OrderFactsJson {

    /**
     * DESIGN.md §7's keys, and {@code rma_number}: informational there (unknown keys are informational), kept here because
     * the draft for an authorised return cites it.
     */
    static final Set<String> FACT_KEYS = Set.of("order_id", "items", "carrier", "tracking_number", "tracking_status", "shipped_at",
            "estimated_delivery", "delivered_at", "refund_amount", "currency", "order_total", "shipped", "delivered", "cancelled",
            "refund_issued", "replacement_shipped", "return_authorized", "return_received", "invoice_uploaded",
            "carrier_investigation_opened", "return_window_days", "rma_number");

    static final ObjectMapper JSON = new ObjectMapper();

    private OrderFactsJson() {
    }

    /** The body as a JSON object, or an IOException naming why it is not one. */
    static JsonNode readObject(String body) throws IOException {
        JsonNode node = JSON.readTree(body == null ? "" : body);
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        return node;
    }

    static OrderFacts factsOf(JsonNode object) {
        Map<String, Object> facts = new HashMap<>();
        object.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (!FACT_KEYS.contains(field.getKey()) || value.isNull()) {
                return;
            }
            facts.put(field.getKey(), value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.numberValue() : value.asText());
        });
        return new OrderFacts(facts);
    }
}
