package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Instant;

/** When a reply to a buyer message received at {@code receivedAt} is due. */
public interface SlaClock {

    Instant dueAt(Channel channel, Instant receivedAt);
}
