package com.linkstar.reply.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.draft.ReplyRewriter;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.memory.InMemoryAutomationSettingsStore;
import com.linkstar.reply.core.memory.InMemoryConversationStore;
import com.linkstar.reply.core.memory.InMemoryOrderActions;
import com.linkstar.reply.core.memory.InMemorySlaSettingsStore;
import com.linkstar.reply.core.memory.InMemoryTaxonomyStore;
import com.linkstar.reply.core.memory.InMemoryTenantTemplatesStore;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.core.sla.SlaClocks;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.usecase.ReplyPipelineTest.MutableClock;
import com.linkstar.reply.core.usecase.ReplyPipelineTest.RecordingQueues;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing and sending over in-memory ports: who decides, what is sent, what a reply does to the clock. */
class AutoSendTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private static final AutomationSettings.Delivery DELIVERY = new AutomationSettings.Delivery("care@acme.example",
            "https://connector.acme.example/replies", "/linkstar/tenants/acme/reply-webhook");

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryTaxonomyStore taxonomies = new InMemoryTaxonomyStore();
    private final InMemoryAutomationSettingsStore automation = new InMemoryAutomationSettingsStore();
    private final RecordingQueues queues = new RecordingQueues();
    private final MutableClock clock = new MutableClock();
    private final Map<String, OrderFacts> orderFacts = new HashMap<>();
    private final List<ReplySender.OutboundReply> sent = new ArrayList<>();
    private RuntimeException senderFailure;
    private final List<com.linkstar.reply.core.sla.SlaAlert> alerts = new ArrayList<>();
    private ReplyPipeline pipeline;
    private final InMemoryTenantTemplatesStore tenantTemplates = new InMemoryTenantTemplatesStore();
    private final InMemoryOrderActions orderActions = new InMemoryOrderActions();

    @BeforeEach
    void wire() {
        store.activateTenant("acme");
        pipeline = new ReplyPipeline(store, store, taxonomies, queues, alerts::add, new RulesClassifier(),
                new TemplateDrafter(ReplyTemplates.bundled()), tenantTemplates,
                (tenant, order) -> orderFacts.getOrDefault(order, OrderFacts.NONE), orderActions, new SlaClocks(new InMemorySlaSettingsStore()),
                automation, reply -> {
                    if (senderFailure != null) {
                        throw senderFailure;
                    }
                    sent.add(reply);
                }, ReplyRewriter.NONE, clock);
    }

    /** The tenant lets tracking questions go out automatically on Shopee. */
    private void autoSendTrackingOnShopee() {
        List<IntentDefinition> intents = new ArrayList<>();
        for (IntentDefinition d : Taxonomy.defaults().intents()) {
            intents.add(d.id().equals("order_tracking") || d.id().equals("delivery_problem") ? d.withFlow(IntentFlow.AUTO_REPLY_ALLOWED) : d);
        }
        taxonomies.save("acme", Taxonomy.of(intents), 0);
        automation.save("acme", new AutomationSettings(false, 0.5, List.of(new AutomationSettings.Scope(Channel.SHOPEE, null)), DELIVERY));
    }

    private InboundMessage inbound(String platformId, String text, String orderId) {
        return new InboundMessage("acme", "store-1", "shopee", "shopee.sg", "c-1", platformId, orderId, "buyer-1", null, text,
                T0.minusSeconds(60).toString());
    }

    private ReplyDraft runThrough(InboundMessage message) {
        MessageRef ref = pipeline.ingest().handle(message).message().ref();
        pipeline.classify().handle(ref);
        return pipeline.draft().handle(ref).draft();
    }

    private void shipped(String order) {
        orderFacts.put(order, new OrderFacts(Map.of("shipped", true, "carrier", "Ninja Van", "tracking_number", "NVSG123456")));
    }

    @Test
    void should_wait_for_approval_by_default_even_where_the_facts_are_confirmed() {
        shipped("SG-1");
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThat(draft.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_send_a_fact_grounded_answer_once_and_stop_the_clock() {
        autoSendTrackingOnShopee();
        shipped("SG-1");
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));
        assertThat(draft.status()).isEqualTo(DraftStatus.AUTO_SEND);
        assertThat(queues.outbound).containsExactly(draft.ref());
        assertThat(store.findConversation("acme", "c-1").orElseThrow().status()).isEqualTo(ConversationStatus.SENDING);

        var first = pipeline.send().handle(draft.ref());
        var second = pipeline.send().handle(draft.ref());

        assertThat(first.outcome()).isEqualTo(SendReply.Outcome.SENT);
        assertThat(first.clockStopped()).isTrue();
        assertThat(second.outcome()).isEqualTo(SendReply.Outcome.ALREADY_SENT);
        assertThat(sent).singleElement().satisfies(reply -> {
            assertThat(reply.text()).contains("NVSG123456");
            assertThat(reply.automatic()).isTrue();
            assertThat(reply.inReplyTo()).isEqualTo("p-1");
            assertThat(reply.delivery()).isEqualTo(DELIVERY);
        });
        var conversation = store.findConversation("acme", "c-1").orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.STOPPED);
        assertThat(conversation.lastReplyAutomatic()).isTrue();
        assertThat(store.findDraft(draft.ref()).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
        assertThat(store.slaFigures("acme", LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)))
                .singleElement().satisfies(f -> assertThat(f.onTime()).isEqualTo(1));
    }

    @Test
    void should_not_stop_the_clock_for_an_automatic_acknowledgement() {
        autoSendTrackingOnShopee();
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-2")); // the ERP confirms nothing

        assertThat(draft.status()).isEqualTo(DraftStatus.AUTO_SEND);
        var result = pipeline.send().handle(draft.ref());

        assertThat(result.outcome()).isEqualTo(SendReply.Outcome.SENT);
        assertThat(result.clockStopped()).isFalse();
        var conversation = store.findConversation("acme", "c-1").orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.AWAITING_REPLY);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        clock.now = T0.plus(Duration.ofHours(13));
        assertThat(pipeline.slaSweep().sweep().breached()).isEqualTo(1);
    }

    @Test
    void should_hand_an_unhappy_answer_to_an_automatic_reply_to_a_person() {
        autoSendTrackingOnShopee();
        ReplyDraft first = runThrough(inbound("p-1", "Where is my order?", "SG-2"));
        pipeline.send().handle(first.ref());

        ReplyDraft next = runThrough(inbound("p-2", "This is useless, I am very disappointed. Where is my order???", "SG-2"));

        assertThat(next.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(next.escalationReason()).contains("unhappy after an automatic reply");
        assertThat(queues.outbound).containsExactly(first.ref());
    }

    @Test
    void should_never_queue_a_legal_threat_even_where_everything_else_allows_auto_send() {
        autoSendTrackingOnShopee();
        shipped("SG-1");
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order? Otherwise my lawyer will take legal action.", "SG-1"));

        assertThat(draft.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(draft.escalationReason()).isEqualTo("risk: legal_threat");
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_hold_for_a_person_a_message_with_words_near_a_risk_that_raised_none() {
        autoSendTrackingOnShopee();
        shipped("SG-1");
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order? My PayPal says it was paid a week ago.", "SG-1"));

        assertThat(store.findConversation("acme", "c-1").orElseThrow().risks()).as("no risk raised").isEmpty();
        assertThat(draft.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(draft.escalationReason()).isEqualTo("the message has payment words: a person reads it before a reply goes out");
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_stop_auto_send_from_the_next_message_when_the_tenant_pauses_and_hold_a_queued_reply() {
        autoSendTrackingOnShopee();
        shipped("SG-1");
        ReplyDraft queued = runThrough(inbound("p-1", "Where is my order?", "SG-1"));
        assertThat(queued.status()).isEqualTo(DraftStatus.AUTO_SEND);

        automation.setPaused("acme", true);
        ReplyDraft next = runThrough(new InboundMessage("acme", "store-1", "shopee", "shopee.sg", "c-2", "p-2", "SG-1", "buyer-2", null,
                "Where is my order?", T0.toString()));
        var held = pipeline.send().handle(queued.ref());

        assertThat(next.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(next.escalationReason()).isEqualTo("automation is paused for this tenant");
        assertThat(held.outcome()).isEqualTo(SendReply.Outcome.HELD_FOR_APPROVAL);
        assertThat(sent).isEmpty();
        assertThat(store.findDraft(queued.ref()).orElseThrow().status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(store.findConversation("acme", "c-1").orElseThrow().status()).isEqualTo(ConversationStatus.PENDING_APPROVAL);
    }

    @Test
    void should_stop_auto_send_for_every_tenant_with_the_global_switch() {
        autoSendTrackingOnShopee();
        automation.setGloballyPaused(true);

        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThat(draft.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(draft.escalationReason()).isEqualTo("automation is paused for every tenant");
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_escalate_where_the_intent_is_less_certain_than_the_tenants_threshold() {
        autoSendTrackingOnShopee();
        automation.save("acme", new AutomationSettings(false, 1.0, List.of(new AutomationSettings.Scope(Channel.SHOPEE, null)), DELIVERY));

        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThat(draft.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(draft.escalationReason()).startsWith("confidence ").contains("below the auto-send threshold 1.00");
    }

    @Test
    void should_keep_suggesting_where_the_store_is_not_in_the_pilot_or_the_channel_forbids_it() {
        autoSendTrackingOnShopee();
        automation.save("acme", new AutomationSettings(false, 0.5, List.of(new AutomationSettings.Scope(Channel.SHOPEE, "pilot-store"),
                new AutomationSettings.Scope(Channel.AMAZON_ATOZ, null)), DELIVERY));

        ReplyDraft otherStore = runThrough(inbound("p-1", "Where is my order?", "SG-1"));
        ReplyDraft claim = runThrough(new InboundMessage("acme", "store-1", "amazon-atoz", "amazon.com", "c-2", "p-2", null, "b@marketplace.amazon.com",
                null, "Where is my order?", T0.toString()));

        assertThat(otherStore.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(otherStore.escalationReason()).isEqualTo("auto-send is not switched on for shopee store store-1");
        assertThat(claim.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(claim.escalationReason()).isEqualTo("the amazon-atoz policy does not allow automatic replies");
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_keep_a_draft_the_compliance_check_flags_for_a_person() {
        autoSendTrackingOnShopee();
        ReplyDraft portuguese = runThrough(inbound("p-1", "Onde está o meu pedido? Ainda não chegou.", "SG-1"));

        assertThat(portuguese.complianceFindings()).isNotEmpty();
        assertThat(portuguese.status()).isNotEqualTo(DraftStatus.AUTO_SEND);
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_hold_for_a_person_a_draft_from_a_stored_override_that_a_newer_policy_forbids() {
        autoSendTrackingOnShopee();
        // saved when the policy allowed it; read back without a second check, as the store does
        tenantTemplates.save("acme", TenantTemplates.fromStored(Map.of("overrides", Map.of("order_tracking.en",
                "Hello,\nWe are checking your order{order_ref}. Happy with us? Leave us 5 stars!\nKind regards"))));

        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThat(draft.templateId()).isEqualTo("tenant:order_tracking.en");
        assertThat(draft.complianceFindings()).anySatisfy(f -> assertThat(f).startsWith("review_solicitation"));
        assertThat(draft.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(queues.outbound).isEmpty();
    }

    @Test
    void should_release_the_claim_when_sending_fails_so_that_the_retry_sends_once() {
        autoSendTrackingOnShopee();
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-2"));
        senderFailure = new IllegalStateException("connector answered 503");

        assertThatThrownBy(() -> pipeline.send().handle(draft.ref())).hasMessageContaining("503");
        senderFailure = null;
        assertThat(pipeline.send().handle(draft.ref()).outcome()).isEqualTo(SendReply.Outcome.SENT);
        assertThat(sent).hasSize(1);
    }

    @Test
    void should_give_a_reply_that_cannot_be_delivered_back_to_a_person_and_dead_letter_it() {
        autoSendTrackingOnShopee();
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-2"));
        senderFailure = new ReplySender.UndeliverableException("tenant acme has no delivery.webhookUrl");

        assertThatThrownBy(() -> pipeline.send().handle(draft.ref())).isInstanceOf(RejectedMessageException.class)
                .hasMessageContaining("no delivery.webhookUrl");
        ReplyDraft back = store.findDraft(draft.ref()).orElseThrow();
        assertThat(back.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(back.escalationReason()).contains("no delivery.webhookUrl").contains("approve it again");
        var conversation = store.findConversation("acme", "c-1").orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(sent).isEmpty();
        // the seller hears of it now, not only when the clock nears its end
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(com.linkstar.reply.core.sla.SlaAlert.Level.UNDELIVERED);
            assertThat(alert.conversationId()).isEqualTo("c-1");
            assertThat(alert.channel()).isEqualTo(Channel.SHOPEE);
            assertThat(alert.reason()).contains("no delivery.webhookUrl");
            assertThat(alert.dueAt()).isEqualTo(conversation.sla().dueAt());
        });
        // a redelivered record finds the draft with a person: no second alert
        assertThatThrownBy(() -> pipeline.send().handle(draft.ref())).isInstanceOf(RejectedMessageException.class);
        assertThat(alerts).hasSize(1);

        // fixed, approved again: delivered once, and only now the clock stops
        senderFailure = null;
        clock.now = T0.plusSeconds(900);
        assertThat(pipeline.approve().approve("acme", "c-1", draft.draftId(), "agent")).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(pipeline.send().handle(draft.ref()).outcome()).isEqualTo(SendReply.Outcome.SENT);
        assertThat(sent).singleElement().satisfies(reply -> assertThat(reply.automatic()).isFalse());
        assertThat(store.findConversation("acme", "c-1").orElseThrow().sla().state()).isEqualTo(SlaState.STOPPED);
    }

    @Test
    void should_send_an_approved_reply_once_and_stop_the_clock_when_it_is_delivered() {
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThat(pipeline.approve().approve("acme", "c-1", draft.draftId(), "agent")).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(pipeline.approve().approve("acme", "c-1", draft.draftId(), "agent")).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(queues.outbound).containsExactly(draft.ref(), draft.ref());
        var approved = store.findConversation("acme", "c-1").orElseThrow();
        assertThat(approved.status()).isEqualTo(ConversationStatus.SENDING);
        assertThat(approved.sla().state()).isEqualTo(SlaState.RUNNING);

        clock.now = T0.plusSeconds(300);
        var result = pipeline.send().handle(draft.ref());
        pipeline.send().handle(draft.ref());

        assertThat(result.clockStopped()).isTrue();
        assertThat(sent).singleElement().satisfies(reply -> assertThat(reply.automatic()).isFalse());
        assertThat(pipeline.approve().approve("acme", "c-1", draft.draftId(), "agent")).isEqualTo(ApprovalOutcome.NOT_PENDING);
        var answered = store.findConversation("acme", "c-1").orElseThrow();
        assertThat(answered.lastReplyAutomatic()).isFalse();
        assertThat(answered.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(answered.sla().state()).isEqualTo(SlaState.STOPPED);
        assertThat(answered.firstResponseAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void should_refuse_to_send_a_draft_nobody_approved() {
        ReplyDraft draft = runThrough(inbound("p-1", "Where is my order?", "SG-1"));

        assertThatThrownBy(() -> pipeline.send().handle(draft.ref())).isInstanceOf(RejectedMessageException.class)
                .hasMessageContaining("is PENDING_APPROVAL");
        assertThat(sent).isEmpty();
        assertThat(Set.of(DraftStatus.PENDING_APPROVAL)).contains(store.findDraft(draft.ref()).orElseThrow().status());
    }
}
