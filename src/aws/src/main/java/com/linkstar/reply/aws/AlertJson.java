package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.sla.SlaAlert;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of an SLA alert, the same on the SNS topic and on a tenant's webhook, with the names the rest of the product
 * uses ("amazon", "legal_threat") and the time left both as seconds (negative once overdue) and as an ISO duration.
 */
final class AlertJson {

    private AlertJson() {
    }

    static String of(SlaAlert alert, ObjectMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", alert.level().name().toLowerCase(java.util.Locale.ROOT));
        body.put("tenantId", alert.tenantId());
        body.put("conversationId", alert.conversationId());
        body.put("storeId", alert.storeId());
        body.put("channel", alert.channel().wireName());
        body.put("intent", alert.intent());
        body.put("risks", alert.risks().stream().map(RiskSignal::wireName).sorted().toList());
        body.put("dueAt", alert.dueAt().toString());
        body.put("timeLeftSeconds", alert.timeLeft().toSeconds());
        body.put("timeLeft", alert.timeLeft().toString());
        if (alert.reason() != null) {
            body.put("reason", alert.reason());
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the SLA alert", e);
        }
    }
}
