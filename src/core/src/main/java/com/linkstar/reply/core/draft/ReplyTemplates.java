package com.linkstar.reply.core.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Reply templates keyed by {@code intent.language}, kept as data in {@code reply-templates.properties}. Besides the
 * intent templates each language has {@code _fallback} (any intent without its own template), {@code _order_ref}
 * (how the order number is cited) and {@code _ask_order} (asked when the order number is unknown).
 */
public final class ReplyTemplates {

    public static final String FALLBACK = "_fallback";
    public static final String ORDER_REFERENCE = "_order_ref";
    public static final String ASK_FOR_ORDER = "_ask_order";

    private final Properties templates;

    private ReplyTemplates(Properties templates) {
        this.templates = templates;
    }

    public static ReplyTemplates bundled() {
        Properties properties = new Properties();
        try (InputStream in = ReplyTemplates.class.getResourceAsStream("reply-templates.properties")) {
            if (in == null) {
                throw new IllegalStateException("reply-templates.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled reply templates", e);
        }
        return new ReplyTemplates(properties);
    }

    public Optional<String> find(String key, String language) {
        return Optional.ofNullable(templates.getProperty(key + "." + language));
    }

    public boolean supportsLanguage(String language) {
        return templates.containsKey(FALLBACK + "." + language);
    }
}
