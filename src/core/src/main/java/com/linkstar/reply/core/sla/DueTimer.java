package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Instant;

/** A running clock found by the sweep. */
public record DueTimer(String tenantId, String conversationId, String storeId, Channel channel, Instant dueAt) {
}
