package com.linkstar.reply.core.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The register a tenant writes to buyers in; it sets each reply's greeting and closing (reply-frames.properties). */
public enum Tone {
    STANDARD,
    FORMAL,
    FRIENDLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tone fromWireName(String name) {
        for (Tone tone : values()) {
            if (tone.wireName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return tone;
            }
        }
        throw new IllegalArgumentException("tone must be one of " + Arrays.stream(values()).map(Tone::wireName)
                .collect(Collectors.joining(", ")) + ", got '" + name + "'");
    }
}
