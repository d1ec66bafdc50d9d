package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates an inbound message and turns it into the canonical {@link BuyerMessage}, with ids derived so that the same
 * platform message always gets the same message id (the basis of idempotent ingest). Reports every problem at once.
 */
public final class MessageNormalizer {

    public static final int MAX_TEXT_LENGTH = 20_000;
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern KEY_SAFE_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    public MessageNormalizer(Clock clock) {
        this.clock = clock;
    }

    public BuyerMessage normalize(InboundMessage in) {
        List<String> problems = new ArrayList<>();
        if (in == null) {
            throw new RejectedMessageException("message body is empty");
        }
        if (in.tenantId() == null || !TENANT_ID.matcher(in.tenantId()).matches()) {
            problems.add("tenantId must be 2-63 lower-case letters, digits or '-'");
        }
        if (in.storeId() == null || !KEY_SAFE_ID.matcher(in.storeId()).matches()) {
            problems.add("storeId is required (1-128 of A-Z a-z 0-9 . _ : @ / + = -)");
        }
        Channel channel = null;
        try {
            channel = Channel.fromWireName(in.channel());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (isBlank(in.platformMessageId()) || in.platformMessageId().length() > 256) {
            problems.add("platformMessageId is required (at most 256 characters)");
        }
        if (in.conversationId() != null && !KEY_SAFE_ID.matcher(in.conversationId()).matches()) {
            problems.add("conversationId, when given, must be 1-128 of A-Z a-z 0-9 . _ : @ / + = -");
        }
        if (isBlank(in.text())) {
            problems.add("text is required");
        } else if (in.text().length() > MAX_TEXT_LENGTH) {
            problems.add("text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (in.orderId() != null && in.orderId().length() > 64) {
            problems.add("orderId is longer than 64 characters");
        }
        Instant receivedAt = parseReceivedAt(in.receivedAt(), problems);
        if (!problems.isEmpty()) {
            throw new RejectedMessageException(String.join("; ", problems));
        }

        String messageId = "m-" + digest(in.tenantId(), channel.wireName(), in.platformMessageId());
        String conversationId = in.conversationId() != null ? in.conversationId() : deriveConversationId(in, channel);
        return new BuyerMessage(in.tenantId(), in.storeId(), channel,
                isBlank(in.marketplace()) ? channel.wireName() : in.marketplace().trim(),
                conversationId, messageId, in.platformMessageId(), trimToNull(in.orderId()), trimToNull(in.buyerHandle()),
                trimToNull(in.subject()), in.text().replace("\r\n", "\n").strip(), receivedAt);
    }

    /**
     * Without a platform thread id, a conversation is one buyer's thread about one order in one store; a message with
     * neither buyer nor order is its own conversation.
     */
    private static String deriveConversationId(InboundMessage in, Channel channel) {
        if (isBlank(in.buyerHandle()) && isBlank(in.orderId())) {
            return "c-" + digest(in.tenantId(), channel.wireName(), in.storeId(), "message", in.platformMessageId());
        }
        return "c-" + digest(in.tenantId(), channel.wireName(), in.storeId(), nullToEmpty(in.buyerHandle()).trim(),
                nullToEmpty(in.orderId()).trim());
    }

    private Instant parseReceivedAt(String value, List<String> problems) {
        if (isBlank(value)) {
            problems.add("receivedAt is required (ISO-8601, e.g. 2026-11-24T08:15:00Z)");
            return null;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("receivedAt '" + value + "' is not an ISO-8601 date-time with offset");
            return null;
        }
        if (parsed.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add("receivedAt " + value + " is in the future");
        }
        return parsed;
    }

    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
