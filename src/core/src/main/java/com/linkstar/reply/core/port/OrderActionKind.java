package com.linkstar.reply.core.port;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An action the seller's ERP can take on an order, by its wire name, and the fact (DESIGN.md §7) with which the ERP
 * confirms it was taken.
 */
public enum OrderActionKind {
    RETURN_AUTHORIZATION("return_authorization", "return_authorized"),
    RESHIPMENT("reshipment", "replacement_shipped"),
    REFUND("refund", "refund_issued");

    private final String wireName;
    private final String confirmingFact;

    OrderActionKind(String wireName, String confirmingFact) {
        this.wireName = wireName;
        this.confirmingFact = confirmingFact;
    }

    public String wireName() {
        return wireName;
    }

    /** The boolean fact that is true once the ERP has taken the action. */
    public String confirmingFact() {
        return confirmingFact;
    }

    public static OrderActionKind fromWireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("order action kind is required; one of " + allWireNames());
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (OrderActionKind kind : values()) {
            if (kind.wireName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown order action kind '" + name + "'; one of " + allWireNames());
    }

    private static String allWireNames() {
        return Arrays.stream(values()).map(OrderActionKind::wireName).collect(Collectors.joining(", "));
    }
}
