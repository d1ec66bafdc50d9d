package com.linkstar.reply.functions;

import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.usecase.SweepSlaTimers;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Types that Jackson reads or writes outside Funqy's own parameter handling (queue bodies, SNS alerts). */
@RegisterForReflection(targets = {InboundMessage.class, MessageRef.class, DraftRef.class, SlaAlert.class, SweepSlaTimers.Result.class})
public class NativeReflection {
}
