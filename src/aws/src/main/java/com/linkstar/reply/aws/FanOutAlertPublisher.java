package com.linkstar.reply.aws;

import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.sla.SlaAlert;
import org.jboss.logging.Logger;

/**
 * The topic first, then the tenant's webhook. Only the topic's failure fails the alert (the sweep then re-arms it and
 * retries it, topic and webhook, a minute later): a webhook that is down must not make every subscriber of the topic
 * receive the same alert again each minute. A failed webhook is logged with what to do.
 */
public final class FanOutAlertPublisher implements AlertPublisher {

    private static final Logger LOG = Logger.getLogger(FanOutAlertPublisher.class);

    private final AlertPublisher topic;
    private final AlertPublisher webhook;

    public FanOutAlertPublisher(AlertPublisher topic, AlertPublisher webhook) {
        this.topic = topic;
        this.webhook = webhook;
    }

    @Override
    public void publish(SlaAlert alert) {
        topic.publish(alert);
        try {
            webhook.publish(alert);
        } catch (RuntimeException e) {
            LOG.errorf("decision=webhook-alert-failed tenant=%s conversation=%s level=%s reason=\"%s\" action=\"the alert went to the "
                    + "SNS topic; check the tenant's webhook URL and that it answers 2xx within 3 s\"", alert.tenantId(),
                    alert.conversationId(), alert.level(), e.getMessage());
        }
    }
}
