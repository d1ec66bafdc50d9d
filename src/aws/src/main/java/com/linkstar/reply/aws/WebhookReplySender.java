package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Delivers a reply to the tenant's channel connector (eBay, Shopee, Lazada, TikTok Shop, AliExpress, Shopify), which
 * posts it through the platform's API: a signed JSON POST (see {@link SignedWebhook}) with the draft id as
 * {@code Idempotency-Key}, so a connector that honours it never posts a reply twice.
 */
public final class WebhookReplySender implements ReplySender {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final SignedWebhook webhook;
    private final Function<String, String> secrets;
    private final ObjectMapper json;

    /** @param secrets an SSM parameter's name to its decrypted value */
    public WebhookReplySender(HttpClient http, Function<String, String> secrets, ObjectMapper json, Clock clock) {
        this.webhook = new SignedWebhook(http, clock);
        this.secrets = secrets;
        this.json = json;
    }

    @Override
    public void send(OutboundReply reply) {
        AutomationSettings.Delivery delivery = reply.delivery();
        if (delivery.webhookUrl() == null) {
            throw new UndeliverableException("tenant " + reply.tenantId() + " has no delivery.webhookUrl for " + reply.channel().wireName()
                    + " replies; set it with PUT /v1/automation");
        }
        if (delivery.webhookSecretParameter() == null || !delivery.webhookSecretParameter().startsWith("/linkstar/tenants/" + reply.tenantId() + "/")) {
            throw new UndeliverableException("the reply webhook secret of tenant " + reply.tenantId() + " must be under /linkstar/tenants/"
                    + reply.tenantId() + "/; save the automation settings again");
        }
        int status;
        try {
            status = webhook.post(URI.create(delivery.webhookUrl()), secrets.apply(delivery.webhookSecretParameter()), body(reply),
                    Map.of(IDEMPOTENCY_HEADER, reply.draftId()));
        } catch (IOException e) {
            throw new IllegalStateException("the reply webhook of tenant " + reply.tenantId() + " did not answer: " + e.getMessage(), e);
        }
        if (status / 100 == 2) {
            return;
        }
        if (status / 100 == 4 && status != 408 && status != 429) {
            throw new UndeliverableException("the reply webhook of tenant " + reply.tenantId() + " refused the reply with HTTP " + status
                    + "; fix the connector");
        }
        throw new IllegalStateException("the reply webhook of tenant " + reply.tenantId() + " answered HTTP " + status + "; retried");
    }

    private String body(OutboundReply reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenantId", reply.tenantId());
        body.put("conversationId", reply.conversationId());
        body.put("draftId", reply.draftId());
        body.put("channel", reply.channel().wireName());
        body.put("storeId", reply.storeId());
        body.put("marketplace", reply.marketplace());
        body.put("buyer", reply.buyerHandle());
        body.put("inReplyTo", reply.inReplyTo());
        body.put("language", reply.language());
        body.put("text", reply.text());
        body.put("automatic", reply.automatic());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }
}
