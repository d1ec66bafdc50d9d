package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.sla.SlaAlert;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * SLA alerts on an SNS topic. Tenant, level and channel are message attributes, so a subscription (an agent's email,
 * a chat webhook) can filter to its own tenant without reading the body.
 */
public final class SnsAlertPublisher implements AlertPublisher {

    private final SnsClient sns;
    private final ObjectMapper json;
    private final String topicArn;

    public SnsAlertPublisher(SnsClient sns, ObjectMapper json, String topicArn) {
        this.sns = sns;
        this.json = json;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(SlaAlert alert) {
        String body = AlertJson.of(alert, json);
        sns.publish(r -> r.topicArn(topicArn)
                .subject(alert.level() == SlaAlert.Level.UNDELIVERED ? "Reply not delivered: " + alert.channel().wireName() + " conversation"
                        : "SLA " + alert.level().name().toLowerCase() + ": " + alert.channel().wireName() + " conversation")
                .message(body)
                .messageAttributes(Map.of(
                        "tenantId", attribute(alert.tenantId()),
                        "level", attribute(alert.level().name()),
                        "channel", attribute(alert.channel().wireName()))));
    }

    private static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
