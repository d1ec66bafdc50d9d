package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.resources.BundledProperties;
import java.util.Optional;
import java.util.Properties;

/**
 * Reply templates keyed by {@code intent.language}, or {@code intent.language@channel} where a channel needs its own
 * wording, kept as data in {@code reply-templates.properties}. Besides the
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
        return new ReplyTemplates(BundledProperties.load(ReplyTemplates.class, "reply-templates.properties"));
    }

    public Optional<String> find(String key, String language) {
        return Optional.ofNullable(templates.getProperty(key + "." + language));
    }

    /** A template written for one channel ({@code key.language@channel}: its own process, e.g. where returns start) first. */
    public Optional<String> find(String key, String language, Channel channel) {
        String forChannel = templates.getProperty(key + "." + language + "@" + channel.wireName());
        return forChannel != null ? Optional.of(forChannel) : find(key, language);
    }

    /** Whether {@link #find(String, String, Channel)} answers with the channel's own template. */
    public boolean hasChannelTemplate(String key, String language, Channel channel) {
        return templates.containsKey(key + "." + language + "@" + channel.wireName());
    }

    public boolean supportsLanguage(String language) {
        return templates.containsKey(FALLBACK + "." + language);
    }
}
