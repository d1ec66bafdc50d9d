package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts a tenant's SLA alerts to the webhook its settings name, signed so the receiver can tell them from forgeries:
 * {@code X-Linkstar-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))} with the Unix timestamp in
 * {@code X-Linkstar-Timestamp} (a receiver rejects old timestamps to stop replays). The secret is read from SSM
 * Parameter Store, only under the tenant's own path.
 */
public final class WebhookAlertPublisher implements AlertPublisher {

    public static final String SIGNATURE_HEADER = "X-Linkstar-Signature";
    public static final String TIMESTAMP_HEADER = "X-Linkstar-Timestamp";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final SlaSettingsStore settings;
    private final Function<String, String> secrets;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param secrets an SSM parameter's name to its decrypted value */
    public WebhookAlertPublisher(SlaSettingsStore settings, Function<String, String> secrets, HttpClient http, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** Does nothing for a tenant without a webhook; throws when the receiver did not accept the alert. */
    @Override
    public void publish(SlaAlert alert) {
        Optional<SlaSettings.AlertWebhook> webhook = settings.find(alert.tenantId()).flatMap(SlaSettings::webhook);
        if (webhook.isEmpty()) {
            return;
        }
        SlaSettings.AlertWebhook hook = webhook.get();
        if (!hook.secretParameter().startsWith(SlaSettings.AlertWebhook.secretPathOf(alert.tenantId()))) {
            throw new IllegalStateException("the webhook secret of tenant " + alert.tenantId() + " is outside "
                    + SlaSettings.AlertWebhook.secretPathOf(alert.tenantId()) + "; save the SLA settings again with a parameter there");
        }
        String body = AlertJson.of(alert, json);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(hook.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + sign(secrets.apply(hook.secretParameter()), timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("the alert webhook of tenant " + alert.tenantId() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting an alert webhook", e);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("the alert webhook of tenant " + alert.tenantId() + " answered HTTP " + status);
        }
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
