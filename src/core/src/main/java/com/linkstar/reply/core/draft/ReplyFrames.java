package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.resources.BundledProperties;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reply's greeting and closing by channel style (a letter on e-mail channels, a chat message on Shopee, Lazada,
 * TikTok Shop and AliExpress) and the tenant's tone, from {@code reply-frames.properties}. The body of a template is
 * the same everywhere; only its first and last line change, and only where they are the language's standard lines.
 */
public final class ReplyFrames {

    private final Properties frames;
    private final Set<Channel> chatChannels;

    private ReplyFrames(Properties frames) {
        this.frames = frames;
        this.chatChannels = Arrays.stream(frames.getProperty("chat.channels", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Channel::fromWireName).collect(Collectors.toUnmodifiableSet());
    }

    public static ReplyFrames bundled() {
        return new ReplyFrames(BundledProperties.load(ReplyFrames.class, "reply-frames.properties"));
    }

    public boolean isChat(Channel channel) {
        return chatChannels.contains(channel);
    }

    /** The text with the greeting and closing of the channel's style and the tone, in the language variant. */
    public String frame(String text, String language, Channel channel, Tone tone) {
        String style = isChat(channel) ? "chat" : "letter";
        if (style.equals("letter") && tone == Tone.STANDARD) {
            return text;
        }
        String prefix = style + "." + tone.wireName() + "." + language + ".";
        String standard = "letter.standard." + language + ".";
        String[] lines = text.split("\n", -1);
        if (lines.length < 3) {
            return text;
        }
        replace(lines, 0, frames.getProperty(standard + "greeting"), frames.getProperty(prefix + "greeting"));
        replace(lines, lines.length - 1, frames.getProperty(standard + "closing"), frames.getProperty(prefix + "closing"));
        return String.join("\n", lines);
    }

    private static void replace(String[] lines, int index, String standardLine, String replacement) {
        if (standardLine != null && replacement != null && lines[index].equals(standardLine)) {
            lines[index] = replacement;
        }
    }

    /** Every line this file can put into a reply, for the compliance test. */
    public Set<String> allLines() {
        return frames.stringPropertyNames().stream().filter(k -> k.endsWith(".greeting") || k.endsWith(".closing"))
                .map(frames::getProperty).collect(Collectors.toUnmodifiableSet());
    }
}
