package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Duration;
import java.time.Instant;

/** @param overdueBy how long past the due time the sweep found it */
public record SlaAlert(
        Level level,
        String tenantId,
        String conversationId,
        String storeId,
        Channel channel,
        Instant dueAt,
        Duration overdueBy) {

    public enum Level {
        BREACH
    }
}
