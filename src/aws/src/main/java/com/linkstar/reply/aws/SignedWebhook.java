package com.linkstar.reply.aws;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A JSON POST to a tenant's endpoint, signed so the receiver can tell it from a forgery:
 * {@code X-Linkstar-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))} with the Unix timestamp in
 * {@code X-Linkstar-Timestamp} (a receiver rejects old timestamps to stop replays). Used for SLA alerts and for replies.
 */
public final class SignedWebhook {

    public static final String SIGNATURE_HEADER = "X-Linkstar-Signature";
    public static final String TIMESTAMP_HEADER = "X-Linkstar-Timestamp";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http;
    private final Clock clock;

    SignedWebhook(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * @return the HTTP status the receiver answered
     * @throws IOException when it did not answer in time
     */
    int post(URI url, String secret, String body, Map<String, String> headers) throws IOException {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + sign(secret, timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to a webhook", e);
        }
    }

    /**
     * What a receiver checks: the signature header matches the body and timestamp under the shared secret (compared in
     * constant time). Whether the timestamp is recent is the receiver's own policy.
     */
    public static boolean isAuthentic(String secret, String timestamp, String body, String signatureHeader) {
        if (timestamp == null || signatureHeader == null) {
            return false;
        }
        byte[] expected = ("sha256=" + sign(secret, timestamp + "." + body)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signatureHeader.getBytes(StandardCharsets.UTF_8));
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
