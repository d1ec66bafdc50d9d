package com.linkstar.reply.core.port;

import com.linkstar.reply.core.sla.SlaAlert;

public interface AlertPublisher {

    /** Throws when the alert could not be delivered, so the caller can retry it later. */
    void publish(SlaAlert alert);
}
