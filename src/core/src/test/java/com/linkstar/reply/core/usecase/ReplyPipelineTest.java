package com.linkstar.reply.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.memory.InMemoryConversationStore;
import com.linkstar.reply.core.memory.InMemoryOrderActions;
import com.linkstar.reply.core.memory.InMemorySlaSettingsStore;
import com.linkstar.reply.core.memory.InMemoryTenantTemplatesStore;
import com.linkstar.reply.core.memory.InMemoryTaxonomyStore;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.routing.AutomationSwitches;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.port.OrderActionKind;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use cases wired over in-memory ports: what every adapter relies on. */
class ReplyPipelineTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    static final class RecordingQueues implements PipelineQueues {
        final List<InboundMessage> ingest = new ArrayList<>();
        final List<MessageRef> classify = new ArrayList<>();
        final List<MessageRef> draft = new ArrayList<>();
        final List<DraftRef> outbound = new ArrayList<>();

        @Override
        public void enqueueIngest(InboundMessage message) {
            ingest.add(message);
        }

        @Override
        public void enqueueClassify(MessageRef ref) {
            classify.add(ref);
        }

        @Override
        public void enqueueDraft(MessageRef ref) {
            draft.add(ref);
        }

        @Override
        public void enqueueOutbound(DraftRef ref) {
            outbound.add(ref);
        }
    }

    static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryTaxonomyStore taxonomies = new InMemoryTaxonomyStore();
    private final RecordingQueues queues = new RecordingQueues();
    private final List<SlaAlert> alerts = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private boolean alertsFail;
    private ReplyPipeline pipeline;
    /** What the stand-in LLM answers; empty: it is unavailable. */
    private Optional<String> llmAnswer = Optional.empty();
    private final List<ReplyRewriter.Request> rewriteRequests = new ArrayList<>();
    private final InMemoryOrderActions orderActions = new InMemoryOrderActions();

    private final InMemoryTenantTemplatesStore tenantTemplates = new InMemoryTenantTemplatesStore();
    private final java.util.Map<String, OrderFacts> orderFacts = new java.util.HashMap<>();

    @BeforeEach
    void wire() {
        store.activateTenant("acme");
        pipeline = new ReplyPipeline(store, store, taxonomies, queues, alert -> {
            if (alertsFail) {
                throw new IllegalStateException("SNS is down");
            }
            alerts.add(alert);
        }, new RulesClassifier(), new TemplateDrafter(ReplyTemplates.bundled()), tenantTemplates,
                (tenant, order) -> orderFacts.getOrDefault(order, OrderFacts.NONE), orderActions, new SlaClocks(new InMemorySlaSettingsStore()),
                AutomationSwitches.SUGGEST_ONLY, reply -> {
                    throw new IllegalStateException("nothing is sent in these tests");
                }, request -> {
                    rewriteRequests.add(request);
                    return llmAnswer;
                }, clock);
    }

    private InboundMessage inbound(String platformId, String text) {
        return new InboundMessage("acme", "store-1", "shopee", "shopee.sg", null, platformId, "SG-1", "buyer-1", null, text,
                T0.minusSeconds(60).toString());
    }

    private MessageRef runThrough(InboundMessage message) {
        MessageRef ref = pipeline.ingest().handle(message).message().ref();
        pipeline.classify().handle(ref);
        pipeline.draft().handle(ref);
        return ref;
    }

    @Test
    void should_ingest_classify_and_draft_a_message_handing_over_through_the_queues() {
        var ingested = pipeline.ingest().handle(inbound("p-1", "Where is my order?"));
        assertThat(ingested.duplicate()).isFalse();
        assertThat(ingested.dueAt()).isEqualTo(T0.minusSeconds(60).plus(Duration.ofHours(12)));
        assertThat(queues.classify).containsExactly(ingested.message().ref());

        var classified = pipeline.classify().handle(ingested.message().ref());
        assertThat(classified.label().intent()).isEqualTo("order_tracking");
        assertThat(queues.draft).containsExactly(ingested.message().ref());

        var drafted = pipeline.draft().handle(ingested.message().ref());
        assertThat(drafted.draft().status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(drafted.draft().text()).contains("SG-1");
    }

    @Test
    void should_label_in_the_tenants_taxonomy_mapping_a_dropped_intent_to_other() {
        var trimmed = new java.util.ArrayList<>(Taxonomy.defaults().intents());
        trimmed.removeIf(d -> d.id().equals("order_tracking"));
        taxonomies.save("acme", Taxonomy.of(trimmed), 0);

        var ref = pipeline.ingest().handle(inbound("p-1", "Where is my order?")).message().ref();
        var label = pipeline.classify().handle(ref).label();
        assertThat(label.intent()).isEqualTo("other");
        assertThat(label.evidence()).contains("not-in-taxonomy:order_tracking");
    }

    @Test
    void should_forward_a_duplicate_again_but_store_it_once() {
        runThrough(inbound("p-1", "Where is my order?"));
        var again = pipeline.ingest().handle(inbound("p-1", "Where is my order?"));
        assertThat(again.duplicate()).isTrue();
        assertThat(pipeline.classify().handle(again.message().ref()).duplicate()).isTrue();
        assertThat(pipeline.draft().handle(again.message().ref()).duplicate()).isTrue();
        assertThat(store.findConversationDetail("acme", again.message().conversationId()).orElseThrow().drafts()).hasSize(1);
    }

    @Test
    void should_reject_an_unknown_tenant_for_the_dead_letter_queue() {
        var stranger = new InboundMessage("stranger", "s", "amazon", null, null, "p", null, "b", null, "hi", T0.toString());
        assertThatThrownBy(() -> pipeline.ingest().handle(stranger)).isInstanceOf(RejectedMessageException.class)
                .hasMessageContaining("unknown or inactive tenant 'stranger'");
        assertThat(queues.classify).isEmpty();
    }

    @Test
    void should_keep_escalating_a_conversation_once_a_risk_was_raised() {
        runThrough(inbound("p-1", "I will contact my lawyer about this order"));
        MessageRef polite = runThrough(inbound("p-2", "Thank you for your answer"));
        var draft = store.findConversationDetail("acme", polite.conversationId()).orElseThrow().drafts().stream()
                .filter(d -> d.messageId().equals(polite.messageId())).findFirst().orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(draft.escalationReason()).contains("legal_threat");
    }

    @Test
    void should_alert_once_per_breach_and_retry_an_alert_that_failed() {
        MessageRef ref = runThrough(inbound("p-1", "Where is my order?"));
        clock.now = T0.plus(Duration.ofHours(13));

        alertsFail = true;
        assertThat(pipeline.slaSweep().sweep().alertFailures()).isEqualTo(1);
        assertThat(store.findConversation("acme", ref.conversationId()).orElseThrow().sla().state()).isEqualTo(SlaState.RUNNING);

        alertsFail = false;
        assertThat(pipeline.slaSweep().sweep().breached()).isEqualTo(1);
        assertThat(pipeline.slaSweep().sweep().breached()).isZero();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.conversationId()).isEqualTo(ref.conversationId());
            assertThat(a.timeLeft()).isEqualTo(Duration.ofMinutes(-61));
        });
    }

    @Test
    void should_warn_at_three_quarters_of_the_allowed_time_and_alert_the_breach_at_the_due_time_each_once() {
        MessageRef ref = runThrough(inbound("p-1", "My parcel is 3 weeks late, I will call my lawyer")); // Shopee: 12 h
        Instant received = T0.minusSeconds(60);

        clock.now = received.plus(Duration.ofHours(9)).minusSeconds(1);
        assertThat(pipeline.slaSweep().sweep().due()).isZero();
        clock.now = received.plus(Duration.ofHours(9));
        assertThat(pipeline.slaSweep().sweep().warned()).isEqualTo(1);
        assertThat(pipeline.slaSweep().sweep().warned()).isZero();
        clock.now = received.plus(Duration.ofHours(12));
        assertThat(pipeline.slaSweep().sweep().breached()).isEqualTo(1);
        assertThat(pipeline.slaSweep().sweep().due()).isZero();

        assertThat(alerts).extracting(SlaAlert::level).containsExactly(SlaAlert.Level.WARNING, SlaAlert.Level.BREACH);
        assertThat(alerts.get(0)).satisfies(warning -> {
            assertThat(warning.conversationId()).isEqualTo(ref.conversationId());
            assertThat(warning.timeLeft()).isEqualTo(Duration.ofHours(3));
            assertThat(warning.intent()).isEqualTo("delivery_problem");
            assertThat(warning.risks()).contains(RiskSignal.LEGAL_THREAT);
            assertThat(warning.storeId()).isEqualTo("store-1");
        });
    }

    @Test
    void should_close_the_clock_of_a_thanks_only_message_where_the_channel_allows_no_response() {
        InboundMessage amazonThanks = new InboundMessage("acme", "store-1", "amazon", "amazon.de", null, "p-9", "302-1234567-1234567",
                "buyer-1", null, "Got it, thank you!", T0.minusSeconds(60).toString());
        MessageRef onAmazon = runThrough(amazonThanks);
        assertThat(store.findConversation("acme", onAmazon.conversationId()).orElseThrow().sla().state()).isEqualTo(SlaState.CLOSED);

        MessageRef onShopee = runThrough(inbound("p-10", "Got it, thank you!"));
        assertThat(store.findConversation("acme", onShopee.conversationId()).orElseThrow().sla().state()).isEqualTo(SlaState.RUNNING);

        clock.now = T0.plus(Duration.ofDays(3));
        pipeline.slaSweep().sweep();
        assertThat(alerts).extracting(SlaAlert::conversationId).containsOnly(onShopee.conversationId());
    }

    @Test
    void should_answer_a_tracking_question_from_confirmed_order_data_only() {
        orderFacts.put("SG-1", new OrderFacts(java.util.Map.of("shipped", true, "carrier", "Ninja Van", "tracking_number", "NVSG123456789")));
        MessageRef shipped = runThrough(inbound("p-20", "Where is my order?"));
        var withFacts = store.findConversationDetail("acme", shipped.conversationId()).orElseThrow().drafts().get(0);
        assertThat(withFacts.templateId()).isEqualTo("order_tracking_shipped.en");
        assertThat(withFacts.text()).contains("Ninja Van").contains("NVSG123456789");
        assertThat(withFacts.complianceFindings()).isEmpty();

        orderFacts.clear(); // the ERP did not answer: nothing is confirmed, nothing is stated
        MessageRef unknown = runThrough(inbound("p-21", "Where is my parcel?"));
        var withoutFacts = store.findConversationDetail("acme", unknown.conversationId()).orElseThrow().drafts().stream()
                .filter(d -> d.messageId().equals(unknown.messageId())).findFirst().orElseThrow();
        assertThat(withoutFacts.templateId()).isEqualTo("order_tracking.en");
        assertThat(withoutFacts.text()).doesNotContain("NVSG").contains("checking");
        assertThat(withoutFacts.complianceFindings()).isEmpty();
    }

    /** The tenant's taxonomy asks the ERP to authorise a return for every return request that names an order. */
    private void authoriseReturnsInTheErp() {
        var intents = new ArrayList<IntentDefinition>();
        for (IntentDefinition d : Taxonomy.defaults().intents()) {
            intents.add(d.id().equals("return_request") ? d.withOrderAction(OrderActionKind.RETURN_AUTHORIZATION) : d);
        }
        taxonomies.save("acme", Taxonomy.of(intents), 0);
    }

    @Test
    void should_state_a_return_authorisation_only_after_the_erp_confirmed_it_and_ask_once_per_message() {
        authoriseReturnsInTheErp();
        orderActions.confirm("acme", "SG-1", OrderActionKind.RETURN_AUTHORIZATION,
                new OrderFacts(java.util.Map.of("return_authorized", true, "rma_number", "RMA-20577")));

        MessageRef ref = runThrough(inbound("p-1", "I would like to return this item, how do I send it back?"));
        pipeline.draft().handle(ref); // redelivered

        var draft = store.findConversationDetail("acme", ref.conversationId()).orElseThrow().drafts().get(0);
        assertThat(draft.intent()).isEqualTo("return_request");
        assertThat(draft.templateId()).isEqualTo("return_request_authorized.en");
        assertThat(draft.text()).contains("RMA-20577");
        assertThat(draft.complianceFindings()).isEmpty();
        assertThat(orderActions.actions()).singleElement().satisfies(a -> {
            assertThat(a.request().idempotencyKey()).isEqualTo(ref.messageId());
            assertThat(a.request().orderId()).isEqualTo("SG-1");
        });
    }

    @Test
    void should_promise_nothing_when_the_erp_action_fails() {
        authoriseReturnsInTheErp();
        orderActions.fail("acme", "SG-1", OrderActionKind.RETURN_AUTHORIZATION);

        MessageRef ref = runThrough(inbound("p-1", "I would like to return this item, how do I send it back?"));

        var draft = store.findConversationDetail("acme", ref.conversationId()).orElseThrow().drafts().get(0);
        assertThat(draft.templateId()).isEqualTo("return_request.en@shopee");
        assertThat(draft.text()).doesNotContainIgnoringCase("authoris").doesNotContain("RMA");
        assertThat(draft.complianceFindings()).isEmpty();
        assertThat(orderActions.requests()).hasSize(1);
        assertThat(orderActions.actions()).isEmpty();
    }

    @Test
    void should_leave_the_erp_alone_when_the_conversation_carries_a_risk() {
        authoriseReturnsInTheErp();
        orderActions.confirm("acme", "SG-1", OrderActionKind.RETURN_AUTHORIZATION,
                new OrderFacts(java.util.Map.of("return_authorized", true, "rma_number", "RMA-1")));

        runThrough(inbound("p-1", "I want to return this or I will file a chargeback with my bank"));

        assertThat(orderActions.requests()).isEmpty();
    }

    @Test
    void should_use_the_llms_rewrite_only_when_it_passes_the_check_and_send_it_no_personal_data() {
        orderFacts.put("SG-1", new OrderFacts(java.util.Map.of("shipped", true, "carrier", "Ninja Van", "tracking_number", "NVSG123456")));
        llmAnswer = Optional.of("Hi there,\nGood news: your order SG-1 is on its way with Ninja Van, tracking number NVSG123456.\nBest wishes");
        MessageRef ref = runThrough(inbound("p-1", "Where is my order? You can also reach me at jane.doe@example.com"));

        var draft = store.findConversationDetail("acme", ref.conversationId()).orElseThrow().drafts().get(0);
        assertThat(draft.templateId()).isEqualTo("llm:order_tracking_shipped.en");
        assertThat(draft.text()).startsWith("Hi there").contains("NVSG123456");
        assertThat(draft.complianceFindings()).isEmpty();
        assertThat(TemplateDrafter.isFactGrounded(draft.templateId())).as("still grounded in the facts").isTrue();
        assertThat(rewriteRequests).singleElement().satisfies(request -> {
            assertThat(request.buyerMessage()).doesNotContain("jane.doe@example.com").contains("[EMAIL_1]");
            assertThat(request.templateDraft()).contains("NVSG123456");
            assertThat(request.facts()).containsEntry("tracking_number", "NVSG123456");
            assertThat(request.language()).isEqualTo("en");
        });
    }

    @Test
    void should_keep_the_template_when_the_llm_adds_a_link_a_promise_or_a_stray_placeholder_or_does_not_answer() {
        for (String answer : List.of("Hi,\nTrack it yourself at www.parcel-tracker.example/NVSG.\nBest",
                "Hi,\nSorry for the wait! We have refunded your order in full.\nBest",
                "Hi [NAME_2],\nYour order is being checked.\nBest",
                "")) {
            llmAnswer = Optional.of(answer);
            MessageRef ref = runThrough(inbound("p-" + answer.hashCode(), "Where is my order?"));
            var draft = store.findConversationDetail("acme", ref.conversationId()).orElseThrow().drafts().stream()
                    .filter(d -> d.messageId().equals(ref.messageId())).findFirst().orElseThrow();
            assertThat(draft.templateId()).as(answer).isEqualTo("order_tracking.en");
            assertThat(draft.complianceFindings()).isEmpty();
        }
        llmAnswer = Optional.of("Hi,\nTrack it at www.parcel-tracker.example/NVSG.\nBest");
        MessageRef ref = pipeline.ingest().handle(inbound("p-x", "Where is my order?")).message().ref();
        pipeline.classify().handle(ref);
        assertThat(pipeline.draft().handle(ref).drafting()).isEqualTo("llm-rejected:url");
        llmAnswer = Optional.of("Hi,\nWe are checking where your order is; parcels usually arrive within 5 days.\nBest");
        MessageRef invented = pipeline.ingest().handle(inbound("p-y", "Where is my order?")).message().ref();
        pipeline.classify().handle(invented);
        assertThat(pipeline.draft().handle(invented).drafting()).isEqualTo("llm-rejected:adds-number");
    }

    @Test
    void should_not_ask_the_llm_to_write_to_a_buyer_who_threatens() {
        llmAnswer = Optional.of("Hi,\nWe are looking into it.\nBest");
        runThrough(inbound("p-1", "Where is my order? My lawyer will hear about this."));

        assertThat(rewriteRequests).isEmpty();
    }

    @Test
    void should_keep_the_clock_running_after_an_approval_until_the_reply_is_delivered() {
        MessageRef ref = runThrough(inbound("p-1", "Where is my order?"));
        String draftId = store.findConversationDetail("acme", ref.conversationId()).orElseThrow().drafts().get(0).draftId();

        assertThat(pipeline.approve().approve("other-tenant", ref.conversationId(), draftId, "eve"))
                .isEqualTo(com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome.NOT_FOUND);
        assertThat(pipeline.approve().approve("acme", ref.conversationId(), draftId, "agent"))
                .isEqualTo(com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome.APPROVED);
        assertThat(queues.outbound).containsExactly(new DraftRef("acme", ref.conversationId(), draftId));
        // nothing delivered it (these tests send nothing): the reply never reached the buyer, so the clock breaches
        clock.now = T0.plus(Duration.ofDays(2));
        assertThat(pipeline.slaSweep().sweep().breached()).isEqualTo(1);
    }

    @Test
    void should_queue_a_submitted_message_under_the_authenticated_tenant() {
        var body = new InboundMessage("someone-else", "store-1", "shopify", null, null, "wh-1", null, "jane", null, "hello", T0.toString());
        var queued = pipeline.submit().submit("acme", body);
        assertThat(queued.tenantId()).isEqualTo("acme");
        assertThat(queues.ingest).singleElement().satisfies(m -> assertThat(m.tenantId()).isEqualTo("acme"));
        assertThatThrownBy(() -> pipeline.submit().submit("nobody", body)).isInstanceOf(RejectedMessageException.class);
    }
}
