package com.linkstar.reply.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The buyer's own words of a message: quoted earlier messages and the marketplace's relay boilerplate are removed
 * before classification, because a quoted seller reply ("we have issued your refund") would otherwise decide the intent.
 * If nothing is left, the original text is used.
 */
public final class MessageCleaner {

    /** Lines that start an earlier message in a reply ("On Mon, 3 Jun 2026 ... wrote:", "Am ... schrieb ...:"). */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?i)^(on .{4,80} wrote:|am .{4,80} schrieb .{0,60}:|le .{4,80} a ecrit\\s?:|le .{4,80} a écrit\\s?:|el .{4,80} escribió:|"
                    + "il .{4,80} ha scritto:|-{2,}\\s*original message\\s*-{2,}|-{2,}\\s*ursprüngliche nachricht\\s*-{2,}|"
                    + "from: .+|von: .+|de : .+|de: .+|da: .+)$");
    /** Amazon's and other relays' framing lines: headers, separators and footers. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(-{3,}.*(message|nachricht|mensaje|messaggio).*-{3,}|-{5,}|to respond to this customer.*|"
                    + "was this email helpful.*|copyright .*amazon.*|this email was sent by amazon.*|"
                    + "order id: .*|bestellnummer: .*|"
                    + "\\[?(commented on|reply from) .*|sent from my (iphone|android|samsung).*|von meinem iphone gesendet.*|"
                    + "envoyé de mon iphone.*|enviado desde mi iphone.*)$");

    private MessageCleaner() {
    }

    public static String clean(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (QUOTE_HEADER.matcher(trimmed).matches()) {
                break; // everything after the header of an earlier message is that message
            }
            if (trimmed.startsWith(">") || BOILERPLATE.matcher(trimmed.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            kept.add(line);
        }
        String cleaned = String.join("\n", kept).strip();
        return cleaned.isEmpty() ? text : cleaned;
    }
}
