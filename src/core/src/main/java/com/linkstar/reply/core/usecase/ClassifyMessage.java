package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import java.util.ArrayList;
import java.util.List;

/** Stage 2: label intent, risks, sentiment and language once per message, then hand over to drafting. */
public final class ClassifyMessage {

    public record Result(MessageRef ref, Classification label, boolean duplicate) {
    }

    private final ConversationStore store;
    private final TaxonomyStore taxonomies;
    private final Classifier classifier;
    private final PipelineQueues queues;

    public ClassifyMessage(ConversationStore store, TaxonomyStore taxonomies, Classifier classifier, PipelineQueues queues) {
        this.store = store;
        this.taxonomies = taxonomies;
        this.classifier = classifier;
        this.queues = queues;
    }

    /**
     * Labels without first asking whether a label exists: redeliveries are rare and the rules are cheap, so the
     * conditional write settles duplicates and the common path saves a read.
     */
    public Result handle(MessageRef ref) {
        BuyerMessage message = store.findMessage(ref)
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " of conversation "
                        + ref.conversationId() + " does not exist for tenant " + ref.tenantId()));
        Taxonomy taxonomy = taxonomies.find(ref.tenantId()).taxonomy();
        Classification byEngine = classifier.classify(message, taxonomy);
        Classification label = inTenantTerms(byEngine, taxonomy);
        boolean duplicate = store.saveLabel(ref, label) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        Classification stored = duplicate ? store.findLabel(ref).orElse(label) : label;
        if (needsNoResponse(message, byEngine)) {
            // idempotent: on a redelivery the clock is already closed and this finds nothing to close
            store.closeWithoutResponse(ref.tenantId(), ref.conversationId(), message.receivedAt());
        }
        queues.enqueueDraft(ref);
        return new Result(ref, stored, duplicate);
    }

    /** A thanks-only message with no risk, on a channel where leaving it unanswered does not count against the seller. */
    private static boolean needsNoResponse(BuyerMessage message, Classification label) {
        return Intents.THANKS.equals(label.intent()) && label.risks().isEmpty() && SlaClocks.allowsNoResponseNeeded(message.channel());
    }

    /** An intent the tenant dropped becomes "other"; the evidence keeps what the engine said. */
    private static Classification inTenantTerms(Classification label, Taxonomy taxonomy) {
        String intent = taxonomy.map(label.intent());
        if (intent.equals(label.intent())) {
            return label;
        }
        List<String> evidence = new ArrayList<>(label.evidence());
        evidence.add("not-in-taxonomy:" + label.intent());
        return new Classification(intent, label.confidence(), label.risks(), label.sentiment(), label.language(), label.source(), evidence);
    }
}
