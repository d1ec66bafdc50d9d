package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts a tenant's SLA alerts to the webhook its settings name, signed (see {@link SignedWebhook}). The secret is read
 * from SSM Parameter Store, only under the tenant's own path.
 */
public final class WebhookAlertPublisher implements AlertPublisher {

    public static final String SIGNATURE_HEADER = SignedWebhook.SIGNATURE_HEADER;
    public static final String TIMESTAMP_HEADER = SignedWebhook.TIMESTAMP_HEADER;

    private final SlaSettingsStore settings;
    private final Function<String, String> secrets;
    private final SignedWebhook signed;
    private final ObjectMapper json;

    /** @param secrets an SSM parameter's name to its decrypted value */
    public WebhookAlertPublisher(SlaSettingsStore settings, Function<String, String> secrets, HttpClient http, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.signed = new SignedWebhook(http, clock);
        this.json = json;
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
        int status;
        try {
            status = signed.post(hook.url(), secrets.apply(hook.secretParameter()), body, Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("the alert webhook of tenant " + alert.tenantId() + " did not answer: " + e.getMessage(), e);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("the alert webhook of tenant " + alert.tenantId() + " answered HTTP " + status);
        }
    }
}
