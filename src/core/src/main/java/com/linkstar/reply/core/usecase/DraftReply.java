package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.classify.RiskHints;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.compliance.Finding;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.RewriteGuard;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.privacy.PiiRedactor;
import java.util.Optional;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.TenantTemplatesStore;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.OrderActionRequest;
import com.linkstar.reply.core.port.OrderActions;
import com.linkstar.reply.core.port.OrderData;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.routing.AutomationSwitches;
import com.linkstar.reply.core.routing.Router;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import com.linkstar.reply.core.model.DraftStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3: one reply draft per labeled message, checked against the channel's policy and routed: escalated to a person,
 * waiting for approval (the default), or queued for the send stage when the tenant's routing allows it.
 */
public final class DraftReply {

    /** @param drafting how the text came about: "template", "llm", or why the LLM's text was not used ("llm-rejected:url") */
    public record Result(ReplyDraft draft, boolean duplicate, String drafting) {
    }

    /** Shared: built once per Lambda instance, read-only afterwards. */
    private static final RiskHints RISK_HINTS = new RiskHints();

    private final ConversationStore store;
    private final TemplateDrafter drafter;
    private final ComplianceCheck compliance;
    private final TenantTemplatesStore tenantTemplates;
    private final OrderData orders;
    private final OrderActions actions;
    private final TaxonomyStore taxonomies;
    private final Router router;
    private final AutomationSwitches switches;
    private final PipelineQueues queues;
    private final ReplyRewriter rewriter;
    private final PiiRedactor redactor = new PiiRedactor();
    private final Clock clock;
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\[[A-Z]+_\\d+\\]");

    public DraftReply(ConversationStore store, TemplateDrafter drafter, ComplianceCheck compliance, TenantTemplatesStore tenantTemplates,
            OrderData orders, OrderActions actions, TaxonomyStore taxonomies, Router router, AutomationSwitches switches, PipelineQueues queues,
            ReplyRewriter rewriter, Clock clock) {
        this.rewriter = rewriter;
        this.orders = orders;
        this.actions = actions;
        this.taxonomies = taxonomies;
        this.router = router;
        this.switches = switches;
        this.queues = queues;
        this.store = store;
        this.drafter = drafter;
        this.compliance = compliance;
        this.tenantTemplates = tenantTemplates;
        this.clock = clock;
    }

    public Result handle(MessageRef ref) {
        ConversationStore.DraftInputs inputs = store.findDraftInputs(ref);
        BuyerMessage message = inputs.message()
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " does not exist for tenant "
                        + ref.tenantId()));
        Classification label = inputs.label()
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " has no label: the draft "
                        + "stage runs only after classification; replay it through the classify queue"));
        Set<RiskSignal> earlier = inputs.conversation().map(Conversation::risks).orElse(Set.of());
        Classification withEarlierRisks = withConversationRisks(earlier, label);
        IntentDefinition intent = taxonomies.find(ref.tenantId()).taxonomy().find(label.intent()).orElse(null);
        // what the order data confirms is all a draft may state; a failed lookup confirms nothing
        OrderFacts facts = message.orderId() == null ? OrderFacts.NONE : orders.factsOf(ref.tenantId(), message.orderId());
        if (intent != null && intent.orderAction() != null && message.orderId() != null && withEarlierRisks.risks().isEmpty()) {
            // keyed by the buyer message: a redelivered draft stage asks again and the ERP answers the first action
            facts = facts.with(actions.request(ref.tenantId(), new OrderActionRequest(intent.orderAction(), message.orderId(),
                    message.messageId(), label.intent())));
        }
        ReplyDraft draft = drafter.draft(message, withEarlierRisks, clock.instant(),
                tenantTemplates.find(ref.tenantId()).orElse(TenantTemplates.NONE), facts);
        List<Finding> findings = compliance.check(message.channel(), draft.text(), label.language(), facts);
        String drafting = "template";
        if (findings.isEmpty() && withEarlierRisks.risks().isEmpty() && rewriter != ReplyRewriter.NONE) {
            Rewrite rewrite = rewrite(message, label, draft, facts);
            drafting = rewrite.outcome();
            draft = rewrite.draft();
        }
        if (!findings.isEmpty()) {
            draft = draft.withComplianceFindings(findings.stream().map(f -> f.rule() + ": " + f.message()).toList());
        }
        IntentFlow flow = intent == null ? IntentFlow.SUGGEST_ONLY : intent.flow();
        boolean afterAutomaticReply = inputs.conversation().map(Conversation::lastReplyAutomatic).orElse(false);
        Router.Decision decision = router.decide(new Router.Inputs(message.channel(), message.storeId(), withEarlierRisks,
                afterAutomaticReply, flow, findings.size(), RISK_HINTS.in(message.text())), () -> switches.current(ref.tenantId()));
        draft = draft.withStatus(decision.status(), decision.reason());
        boolean duplicate = store.saveDraft(draft) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        if (duplicate) {
            draft = store.findDraft(draft.ref()).orElse(draft); // the first delivery's decision stands
            drafting = "stored";
        }
        if (draft.status() == DraftStatus.AUTO_SEND) {
            // also on a redelivery: the first delivery may have stopped before queueing it; sending is idempotent
            queues.enqueueOutbound(draft.ref());
        }
        return new Result(draft, duplicate, drafting);
    }

    private record Rewrite(ReplyDraft draft, String outcome) {
    }

    /**
     * The LLM's reply replaces the template's only when it adds nothing the template did not say ({@link RewriteGuard}) and
     * passes the same check against the same facts. Personal data leaves redacted and is put back afterwards; a placeholder
     * the LLM mangled or invented keeps the template.
     */
    private Rewrite rewrite(BuyerMessage message, Classification label, ReplyDraft templateDraft, OrderFacts facts) {
        List<String> personal = message.buyerHandle() == null ? List.of() : List.of(message.buyerHandle());
        List<String> orderNumbers = message.orderId() == null ? List.of() : List.of(message.orderId());
        PiiRedactor.Redacted buyer = redactor.redact(message.text(), personal, orderNumbers);
        Optional<String> answer = rewriter.rewrite(new ReplyRewriter.Request(message.tenantId(), message.channel(), label.language(),
                label.intent(), buyer.text(), templateDraft.text(), facts.values()));
        if (answer.isEmpty() || answer.get().isBlank()) {
            return new Rewrite(templateDraft, "llm-unavailable");
        }
        String restored = buyer.restore(answer.get().strip());
        if (PLACEHOLDER.matcher(restored).find()) {
            return new Rewrite(templateDraft, "llm-rejected:placeholder");
        }
        Optional<String> added = RewriteGuard.additions(templateDraft.text(), restored, facts, message.text(), message.orderId());
        if (added.isPresent()) {
            return new Rewrite(templateDraft, "llm-rejected:adds-" + added.get());
        }
        List<Finding> findings = compliance.check(message.channel(), restored, label.language(), facts);
        if (!findings.isEmpty()) {
            return new Rewrite(templateDraft, "llm-rejected:" + findings.stream().map(Finding::rule).distinct().sorted()
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        return new Rewrite(templateDraft.withText(restored, "llm:" + templateDraft.templateId()), "llm");
    }

    /**
     * A risk raised earlier in the conversation still stands: a polite follow-up to a legal threat goes to a person too.
     */
    private static Classification withConversationRisks(Set<RiskSignal> earlier, Classification label) {
        if (label.risks().containsAll(earlier)) {
            return label;
        }
        Set<RiskSignal> all = EnumSet.noneOf(RiskSignal.class);
        all.addAll(label.risks());
        all.addAll(earlier);
        return new Classification(label.intent(), label.confidence(), all, label.sentiment(), label.language(), label.source(),
                label.evidence());
    }
}
