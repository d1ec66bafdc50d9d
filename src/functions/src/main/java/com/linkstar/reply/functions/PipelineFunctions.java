package com.linkstar.reply.functions;

import com.linkstar.reply.aws.quarkus.LinkstarConfig;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.usecase.ReplyPipeline;
import com.linkstar.reply.core.usecase.SweepSlaTimers;
import io.quarkus.funqy.Funq;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The Lambda entry points, one per Lambda selected by {@code QUARKUS_FUNQY_EXPORT}. Each maps its payload to one use
 * case and logs the decision; Funqy calls it once per SQS record.
 */
public class PipelineFunctions {

    private static final Logger LOG = Logger.getLogger(PipelineFunctions.class);

    /** The payload of the EventBridge Scheduler target (template.yaml, SlaSweepFunction). */
    public record SweepTrigger(String source) {
    }

    private final ReplyPipeline pipeline;
    private final StageRunner stages;
    private final LinkstarConfig config;

    PipelineFunctions(ReplyPipeline pipeline, StageRunner stages, LinkstarConfig config) {
        this.pipeline = pipeline;
        this.stages = stages;
        this.config = config;
    }

    @Funq("ingest")
    public void ingest(InboundMessage message) {
        Map<String, String> ids = new HashMap<>();
        if (message != null) {
            ids.put("tenant", message.tenantId());
            ids.put("channel", message.channel());
            ids.put("platformMessageId", message.platformMessageId());
        }
        stages.run("ingest", message, ids, config.deadLetterQueues().ingest(), () -> {
            var result = pipeline.ingest().handle(message);
            LOG.infof("decision=%s conversation=%s message=%s slaDue=%s", result.duplicate() ? "duplicate-forwarded" : "stored",
                    result.message().conversationId(), result.message().messageId(), result.dueAt());
            return result;
        });
    }

    @Funq("classify")
    public void classify(MessageRef ref) {
        stages.run("classify", ref, refIds(ref), config.deadLetterQueues().classify(), () -> {
            var result = pipeline.classify().handle(ref);
            var label = result.label();
            LOG.infof("decision=%s intent=%s confidence=%.2f risks=%s sentiment=%s lang=%s source=%s",
                    result.duplicate() ? "already-labeled" : "labeled", label.intent(), label.confidence(),
                    label.risks().stream().map(RiskSignal::wireName).sorted().collect(Collectors.joining(",")),
                    label.sentiment().wireName(), label.language(), label.source());
            return result;
        });
    }

    @Funq("draft")
    public void draft(MessageRef ref) {
        stages.run("draft", ref, refIds(ref), config.deadLetterQueues().draft(), () -> {
            var result = pipeline.draft().handle(ref);
            LOG.infof("decision=%s status=%s reason=\"%s\" drafting=%s template=%s draft=%s", result.duplicate() ? "already-drafted" : "drafted",
                    result.draft().status(), result.draft().escalationReason() == null ? "" : result.draft().escalationReason(),
                    result.drafting(), result.draft().templateId(), result.draft().draftId());
            if (result.draft().templateId() != null && result.draft().templateId().contains("tenant:")
                    && !result.draft().complianceFindings().isEmpty()) {
                LOG.warnf("decision=tenant-template-flagged template=%s findings=%d action=\"the tenant's override breaks the channel's "
                        + "current policy; the draft waits for a person - update the override with PUT /v1/templates\"",
                        result.draft().templateId(), result.draft().complianceFindings().size());
            }
            return result;
        });
    }

    @Funq("send")
    public void send(DraftRef ref) {
        Map<String, String> ids = new HashMap<>();
        if (ref != null) {
            ids.put("tenant", ref.tenantId());
            ids.put("conversation", ref.conversationId());
            ids.put("draft", ref.draftId());
        }
        stages.run("send", ref, ids, config.deadLetterQueues().send(), () -> {
            var result = pipeline.send().handle(ref);
            LOG.infof("decision=%s automatic=%s clockStopped=%s template=%s", result.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    result.draft().status() == com.linkstar.reply.core.model.DraftStatus.AUTO_SEND, result.clockStopped(),
                    result.draft().templateId());
            return result;
        });
    }

    @Funq("sla-sweep")
    public SweepSlaTimers.Result slaSweep(SweepTrigger trigger) {
        SweepSlaTimers.Result result = pipeline.slaSweep().sweep();
        if (result.alertFailures() > 0) {
            LOG.errorf("decision=sweep due=%d warned=%d breached=%d alreadyHandled=%d alertFailures=%d action=\"alerts that failed "
                    + "were re-armed and go out with the next sweep; check SNS publish permissions and the topic\"", result.due(),
                    result.warned(), result.breached(), result.alreadyHandled(), result.alertFailures());
        } else {
            LOG.infof("decision=sweep due=%d warned=%d breached=%d alreadyHandled=%d", result.due(), result.warned(), result.breached(),
                    result.alreadyHandled());
        }
        return result;
    }

    private static Map<String, String> refIds(MessageRef ref) {
        Map<String, String> ids = new HashMap<>();
        if (ref != null) {
            ids.put("tenant", ref.tenantId());
            ids.put("conversation", ref.conversationId());
            ids.put("message", ref.messageId());
        }
        return ids;
    }
}
