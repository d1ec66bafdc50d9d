package com.linkstar.reply.core.model;

import java.util.Locale;

/** The risk axis of DESIGN.md §3: independent of intent, several may apply to one message. */
public enum RiskSignal {
    LEGAL_THREAT,
    MEDIA_THREAT,
    CHARGEBACK_CLAIM,
    SAFETY_HAZARD,
    NEGATIVE_REVIEW_THREAT,
    ABUSIVE_LANGUAGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskSignal fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
