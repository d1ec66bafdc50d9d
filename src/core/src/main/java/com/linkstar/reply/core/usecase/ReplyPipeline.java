package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.draft.TenantTemplatesStore;
import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.OrderActions;
import com.linkstar.reply.core.port.OrderData;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSwitches;
import com.linkstar.reply.core.routing.Router;
import com.linkstar.reply.core.port.TenantDirectory;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import java.time.Clock;

/**
 * Every use case wired over one set of ports: the Lambda functions, the API and the local stack all build it the same
 * way, so they run the same code.
 */
public final class ReplyPipeline {

    private final IngestMessage ingest;
    private final ClassifyMessage classify;
    private final DraftReply draft;
    private final SweepSlaTimers slaSweep;
    private final ApproveDraft approve;
    private final SubmitMessage submit;
    private final SendReply send;

    /**
     * @param automation the tenants' automation settings and switches ({@link AutomationSwitches#SUGGEST_ONLY} for none)
     * @param actions the seller's ERP actions (RMA, reshipment, refund), {@link OrderActions#NONE} where none is connected
     * @param sender delivers approved and automatic replies
     * @param rewriter the LLM that turns the template draft into a natural reply; {@link ReplyRewriter#NONE} for none
     */
    public ReplyPipeline(ConversationStore store, TenantDirectory tenants, TaxonomyStore taxonomies, PipelineQueues queues,
            AlertPublisher alerts, Classifier classifier, TemplateDrafter drafter, TenantTemplatesStore tenantTemplates, OrderData orders,
            OrderActions actions, SlaClocks slaClocks, AutomationSwitches automation, ReplySender sender, ReplyRewriter rewriter, Clock clock) {
        MessageNormalizer normalizer = new MessageNormalizer(clock);
        this.ingest = new IngestMessage(normalizer, tenants, store, slaClocks, queues);
        this.classify = new ClassifyMessage(store, taxonomies, classifier, queues);
        this.draft = new DraftReply(store, drafter, ComplianceCheck.bundled(), tenantTemplates, orders, actions, taxonomies, Router.bundled(),
                automation, queues, rewriter, clock);
        this.slaSweep = new SweepSlaTimers(store, alerts, clock);
        this.approve = new ApproveDraft(store, queues, clock);
        this.send = new SendReply(store, automation, sender, alerts, clock);
        this.submit = new SubmitMessage(normalizer, tenants, queues);
    }

    public IngestMessage ingest() {
        return ingest;
    }

    public ClassifyMessage classify() {
        return classify;
    }

    public DraftReply draft() {
        return draft;
    }

    public SweepSlaTimers slaSweep() {
        return slaSweep;
    }

    public ApproveDraft approve() {
        return approve;
    }

    public SubmitMessage submit() {
        return submit;
    }

    public SendReply send() {
        return send;
    }
}
