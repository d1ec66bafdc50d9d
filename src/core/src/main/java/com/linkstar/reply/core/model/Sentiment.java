package com.linkstar.reply.core.model;

import java.util.Locale;

public enum Sentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
