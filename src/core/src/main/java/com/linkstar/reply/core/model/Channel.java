package com.linkstar.reply.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sales channels a buyer message can come from; {@link #wireName()} is the name used in events, the API and the CLI. */
public enum Channel {
    AMAZON("amazon"),
    AMAZON_ATOZ("amazon-atoz"),
    EBAY("ebay"),
    SHOPEE("shopee"),
    LAZADA("lazada"),
    TIKTOK_US("tiktok-us"),
    TIKTOK_SEA("tiktok-sea"),
    ALIEXPRESS("aliexpress"),
    SHOPIFY("shopify");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Channel fromWireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("channel is required; one of " + allWireNames());
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Channel channel : values()) {
            if (channel.wireName.equals(wanted)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + name + "'; one of " + allWireNames());
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(Channel::wireName).collect(Collectors.joining(", "));
    }
}
