package com.linkstar.reply.core.port;

import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;

/** The queues between pipeline stages. */
public interface PipelineQueues {

    void enqueueIngest(InboundMessage message);

    void enqueueClassify(MessageRef ref);

    void enqueueDraft(MessageRef ref);

    /** An approved or automatic draft, for the send stage. */
    void enqueueOutbound(DraftRef ref);
}
