package com.linkstar.reply.core.routing;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.HttpsUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tenant's say over automatic sending and over where replies go. Suggest-only is the default: nothing is sent without
 * a person until the tenant names the channels (and, for a pilot, the stores) where auto-send is on, and sets the
 * intents it allows in its taxonomy ({@code flow: AUTO_REPLY_ALLOWED}).
 *
 * <pre>{@code {"minConfidence": 0.9,
 *  "autoSend": [{"channel": "shopee", "store": "sg-main"}, {"channel": "ebay"}],
 *  "delivery": {"emailFrom": "care@nordwind.example", "webhookUrl": "https://erp.nordwind.example/linkstar/replies",
 *               "webhookSecretParameter": "/linkstar/tenants/acme/reply-webhook"}}}</pre>
 *
 * @param paused the tenant's switch: while on, nothing is sent automatically; drafts wait for approval
 * @param minConfidence below it a draft that would be sent automatically goes to a person
 * @param autoSend where auto-send is on: a channel, optionally one store of it
 * @param delivery where replies are delivered: the sender address for email-relay channels, the webhook for the others
 */
public record AutomationSettings(boolean paused, double minConfidence, List<Scope> autoSend, Delivery delivery) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.85;
    /** Suggest-only everywhere, no delivery configured. */
    public static final AutomationSettings DEFAULTS = new AutomationSettings(false, DEFAULT_MIN_CONFIDENCE, List.of(), Delivery.NONE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final int MAX_SCOPES = 200;

    /** @param store null: every store of the channel */
    public record Scope(Channel channel, String store) {
        boolean covers(Channel c, String storeId) {
            return channel == c && (store == null || store.equals(storeId));
        }
    }

    /** @param webhookSecretParameter the SSM SecureString that signs webhook calls; under /linkstar/tenants/TENANT/ */
    public record Delivery(String emailFrom, String webhookUrl, String webhookSecretParameter) {
        public static final Delivery NONE = new Delivery(null, null, null);
    }

    /** Settings that cannot be saved, with every reason. */
    public static final class InvalidAutomationSettingsException extends RuntimeException {
        public InvalidAutomationSettingsException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    public AutomationSettings {
        autoSend = List.copyOf(autoSend);
        delivery = delivery == null ? Delivery.NONE : delivery;
    }

    public boolean autoSendOn(Channel channel, String storeId) {
        return autoSend.stream().anyMatch(scope -> scope.covers(channel, storeId));
    }

    public AutomationSettings withPaused(boolean nowPaused) {
        return new AutomationSettings(nowPaused, minConfidence, autoSend, delivery);
    }

    /** Parses and validates the document the API receives; every problem is reported at once. */
    public static AutomationSettings fromMap(String tenantId, Map<String, ?> document) {
        List<String> problems = new ArrayList<>();
        boolean paused = false;
        Object pausedValue = document.get("paused");
        if (pausedValue instanceof Boolean b) {
            paused = b;
        } else if (pausedValue != null) {
            problems.add("paused must be true or false");
        }
        double minConfidence = DEFAULT_MIN_CONFIDENCE;
        Object confidenceValue = document.get("minConfidence");
        if (confidenceValue instanceof Number n && n.doubleValue() >= 0.5 && n.doubleValue() <= 1.0) {
            minConfidence = n.doubleValue();
        } else if (confidenceValue != null) {
            problems.add("minConfidence must be a number from 0.5 to 1.0 (a lower bar would send guesses to buyers)");
        }
        List<Scope> scopes = scopes(document.get("autoSend"), problems);
        Delivery delivery = delivery(tenantId, document.get("delivery"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidAutomationSettingsException(problems);
        }
        return new AutomationSettings(paused, minConfidence, scopes, delivery);
    }

    private static List<Scope> scopes(Object value, List<String> problems) {
        List<Scope> scopes = new ArrayList<>();
        if (value == null) {
            return scopes;
        }
        if (!(value instanceof List<?> list) || list.size() > MAX_SCOPES) {
            problems.add("autoSend must be a list of at most " + MAX_SCOPES + " {\"channel\", \"store\"} objects");
            return scopes;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                problems.add("autoSend[" + i + "] must be an object {\"channel\", \"store\"}");
                continue;
            }
            try {
                Object store = entry.get("store");
                if (store != null && (!(store instanceof String s) || s.isBlank())) {
                    problems.add("autoSend[" + i + "].store must be a store id, or left out for every store");
                    continue;
                }
                scopes.add(new Scope(Channel.fromWireName(entry.get("channel") == null ? null : entry.get("channel").toString()),
                        (String) store));
            } catch (IllegalArgumentException e) {
                problems.add("autoSend[" + i + "]: " + e.getMessage());
            }
        }
        return scopes;
    }

    private static Delivery delivery(String tenantId, Object value, List<String> problems) {
        if (value == null) {
            return Delivery.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add("delivery must be an object {\"emailFrom\", \"webhookUrl\", \"webhookSecretParameter\"}");
            return Delivery.NONE;
        }
        String emailFrom = text(map.get("emailFrom"));
        String webhookUrl = text(map.get("webhookUrl"));
        String secret = text(map.get("webhookSecretParameter"));
        if (emailFrom != null && !EMAIL.matcher(emailFrom).matches()) {
            problems.add("delivery.emailFrom must be an e-mail address verified in SES (the address registered with the marketplace)");
        }
        if (webhookUrl != null) {
            HttpsUrl.parse("delivery.webhookUrl", webhookUrl, problems);
            if (secret == null) {
                problems.add("delivery.webhookSecretParameter is required with a webhookUrl: replies are signed");
            }
        }
        String prefix = "/linkstar/tenants/" + tenantId + "/";
        if (secret != null && !secret.startsWith(prefix)) {
            problems.add("delivery.webhookSecretParameter must be an SSM parameter under " + prefix);
        }
        return new Delivery(emailFrom, webhookUrl, secret);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("paused", paused);
        map.put("minConfidence", minConfidence);
        List<Map<String, Object>> scopes = new ArrayList<>();
        for (Scope scope : autoSend) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("channel", scope.channel().wireName());
            if (scope.store() != null) {
                entry.put("store", scope.store());
            }
            scopes.add(entry);
        }
        map.put("autoSend", scopes);
        Map<String, Object> deliveryMap = new LinkedHashMap<>();
        if (delivery.emailFrom() != null) {
            deliveryMap.put("emailFrom", delivery.emailFrom());
        }
        if (delivery.webhookUrl() != null) {
            deliveryMap.put("webhookUrl", delivery.webhookUrl());
        }
        if (delivery.webhookSecretParameter() != null) {
            deliveryMap.put("webhookSecretParameter", delivery.webhookSecretParameter());
        }
        map.put("delivery", deliveryMap);
        return map;
    }
}
