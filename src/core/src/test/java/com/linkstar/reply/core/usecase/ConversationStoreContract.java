package com.linkstar.reply.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.ConversationPage;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome;
import com.linkstar.reply.core.port.ConversationStore.WriteOutcome;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaFigures;
import com.linkstar.reply.core.sla.SlaResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConversationStore} must have; run against the in-memory and the DynamoDB store. */
public abstract class ConversationStoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    protected ConversationStore store;
    protected String tenant;

    protected abstract ConversationStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected BuyerMessage message(String conversationId, String platformId, Instant at) {
        return new BuyerMessage(tenant, "store-1", Channel.AMAZON, "amazon.de", conversationId, "m-" + platformId, platformId,
                "302-1234567-1234567", "buyer@marketplace.amazon.de", null, "Wo ist meine Bestellung?", at);
    }

    protected ApprovalOutcome approve(String tenantId, String conversationId, String draftId, String by, long version, Instant at) {
        return store.approveDraft(tenantId, conversationId, draftId, by, version, at);
    }

    /**
     * A person's reply as the use cases write it: approved at {@code at}, then delivered at {@code deliveredAt} and recorded
     * with the figures of the conversation as it is then.
     */
    protected void approveAndDeliver(String conversationId, String draftId, Instant at, Instant deliveredAt) {
        assertThat(approve(tenant, conversationId, draftId, "agent", version(conversationId), at)).isEqualTo(ApprovalOutcome.APPROVED);
        ReplyDraft approved = store.findDraft(new DraftRef(tenant, conversationId, draftId)).orElseThrow();
        assertThat(store.claimSend(approved.ref(), deliveredAt, deliveredAt.plusSeconds(120))).isEqualTo(ConversationStore.SendClaim.CLAIMED);
        var conversation = store.findConversation(tenant, conversationId).orElseThrow();
        assertThat(store.markSent(approved, deliveredAt, ConversationStore.SentRecord.answer(false, conversation.version(),
                SlaResponse.of(conversation, deliveredAt)))).isEqualTo(ConversationStore.SentOutcome.RECORDED);
    }

    /** Records a message whose clock is due at {@code dueAt}, without a warning. */
    protected WriteOutcome record(BuyerMessage message, Instant dueAt) {
        return store.recordInbound(message, SlaTimer.running(message.receivedAt(), dueAt, null));
    }

    private static Classification label(String intent, RiskSignal... risks) {
        return new Classification(intent, 0.9, Set.of(risks), Sentiment.NEUTRAL, "de", IntentSource.RULES, List.of("rule:" + intent));
    }

    private ReplyDraft draft(BuyerMessage m, DraftStatus status) {
        return new ReplyDraft(tenant, m.conversationId(), ReplyDraft.draftIdFor(m.messageId()), m.messageId(), "de", "order_tracking",
                "Guten Tag", "order_tracking.de", status, null, T0.plusSeconds(5));
    }

    @Test
    void should_store_a_message_once_and_start_the_clock() {
        BuyerMessage m = message("c-1", "p-1", T0);
        assertThat(record(m, T0.plus(Duration.ofHours(24)))).isEqualTo(WriteOutcome.CREATED);
        assertThat(record(m, T0.plus(Duration.ofHours(24)))).isEqualTo(WriteOutcome.ALREADY_EXISTED);

        assertThat(store.findMessage(m.ref())).contains(m);
        var conversation = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.AWAITING_REPLY);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(conversation.sla().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(store.findConversationDetail(tenant, "c-1").orElseThrow().messages()).hasSize(1);
    }

    @Test
    void should_keep_the_earlier_due_time_when_a_second_message_arrives_unanswered() {
        record(message("c-1", "p-1", T0), T0.plus(Duration.ofHours(24)));
        record(message("c-1", "p-2", T0.plusSeconds(3600)), T0.plus(Duration.ofHours(25)));

        var conversation = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(conversation.sla().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(conversation.lastMessageAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(store.findConversationDetail(tenant, "c-1").orElseThrow().messages()).hasSize(2);
    }

    @Test
    void should_store_label_and_draft_once_and_track_them_on_the_conversation() {
        BuyerMessage m = message("c-1", "p-1", T0);
        record(m, T0.plusSeconds(86_400));
        assertThat(store.saveLabel(m.ref(), label("order_tracking", RiskSignal.LEGAL_THREAT))).isEqualTo(WriteOutcome.CREATED);
        assertThat(store.saveLabel(m.ref(), label("complaint"))).isEqualTo(WriteOutcome.ALREADY_EXISTED);
        assertThat(store.findLabel(m.ref()).orElseThrow().intent()).isEqualTo("order_tracking");

        assertThat(store.saveDraft(draft(m, DraftStatus.ESCALATED))).isEqualTo(WriteOutcome.CREATED);
        assertThat(store.saveDraft(draft(m, DraftStatus.ESCALATED))).isEqualTo(WriteOutcome.ALREADY_EXISTED);

        var conversation = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(conversation.lastIntent()).isEqualTo("order_tracking");
        assertThat(conversation.risks()).containsExactly(RiskSignal.LEGAL_THREAT);
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ESCALATED);
        var detail = store.findConversationDetail(tenant, "c-1").orElseThrow();
        assertThat(detail.drafts()).hasSize(1);
        assertThat(detail.labelsByMessageId()).containsOnlyKeys(m.messageId());
    }

    @Test
    void should_read_what_drafting_needs_together() {
        BuyerMessage m = message("c-1", "p-1", T0);
        assertThat(store.findDraftInputs(m.ref()).message()).isEmpty();
        record(m, T0.plusSeconds(86_400));
        store.saveLabel(m.ref(), label("refund_request", RiskSignal.SAFETY_HAZARD));

        var inputs = store.findDraftInputs(m.ref());
        assertThat(inputs.message()).contains(m);
        assertThat(inputs.label().orElseThrow().intent()).isEqualTo("refund_request");
        assertThat(inputs.conversation().orElseThrow().risks()).containsExactly(RiskSignal.SAFETY_HAZARD);
    }

    @Test
    void should_approve_a_pending_draft_once_and_stop_the_clock_only_when_the_reply_is_delivered() {
        BuyerMessage m = message("c-1", "p-1", T0);
        record(m, T0.plusSeconds(86_400));
        store.saveLabel(m.ref(), label("order_tracking"));
        store.saveDraft(draft(m, DraftStatus.PENDING_APPROVAL));
        long version = store.findConversation(tenant, "c-1").orElseThrow().version();
        String draftId = ReplyDraft.draftIdFor(m.messageId());

        assertThat(approve(tenant, "c-1", draftId, "agent-1", version, T0.plusSeconds(60))).isEqualTo(ApprovalOutcome.APPROVED);

        var approved = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(approved.status()).isEqualTo(ConversationStatus.SENDING);
        assertThat(approved.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(approved.firstResponseAt()).isNull();
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofDays(3)), 100))).extracting(DueTimer::conversationId).containsExactly("c-1");
        assertThat(approve(tenant, "c-1", draftId, "agent-1", approved.version(), T0.plusSeconds(61)))
                .isEqualTo(ApprovalOutcome.NOT_PENDING);
        assertThat(approve(tenant, "c-1", "d-nope", "agent-1", approved.version(), T0)).isEqualTo(ApprovalOutcome.NOT_FOUND);

        ReplyDraft draft = store.findDraft(new DraftRef(tenant, "c-1", draftId)).orElseThrow();
        assertThat(store.claimSend(draft.ref(), T0.plusSeconds(65), T0.plusSeconds(185))).isEqualTo(ConversationStore.SendClaim.CLAIMED);
        assertThat(store.markSent(draft, T0.plusSeconds(66), ConversationStore.SentRecord.answer(false, approved.version(),
                SlaResponse.of(approved, T0.plusSeconds(66))))).isEqualTo(ConversationStore.SentOutcome.RECORDED);

        var answered = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(answered.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(answered.sla().state()).isEqualTo(SlaState.STOPPED);
        assertThat(answered.firstResponseAt()).isEqualTo(T0.plusSeconds(66));
        assertThat(answered.lastReplyAutomatic()).isFalse();
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofDays(3)), 100))).isEmpty();
    }

    @Test
    void should_give_an_undeliverable_reply_back_to_a_person_with_the_clock_still_running() {
        BuyerMessage m = message("c-u", "p-1", T0);
        record(m, T0.plusSeconds(86_400));
        store.saveDraft(draft(m, DraftStatus.PENDING_APPROVAL));
        String draftId = ReplyDraft.draftIdFor(m.messageId());
        DraftRef ref = new DraftRef(tenant, "c-u", draftId);
        assertThat(store.returnUndelivered(ref, "not approved yet")).isFalse();
        approve(tenant, "c-u", draftId, "agent-1", version("c-u"), T0.plusSeconds(60));
        assertThat(store.claimSend(ref, T0.plusSeconds(61), T0.plusSeconds(181))).isEqualTo(ConversationStore.SendClaim.CLAIMED);

        assertThat(store.returnUndelivered(ref, "the reply could not be delivered: no sender address")).isTrue();
        assertThat(store.returnUndelivered(ref, "again")).isFalse();

        ReplyDraft back = store.findDraft(ref).orElseThrow();
        assertThat(back.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(back.escalationReason()).isEqualTo("the reply could not be delivered: no sender address");
        var conversation = store.findConversation(tenant, "c-u").orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(conversation.firstResponseAt()).isNull();
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofDays(3)), 100))).extracting(DueTimer::conversationId).containsExactly("c-u");
        assertThat(store.claimSend(ref, T0.plusSeconds(62), T0.plusSeconds(182))).isEqualTo(ConversationStore.SendClaim.NOT_SENDABLE);
        // once the delivery settings are fixed, a person approves it again
        assertThat(approve(tenant, "c-u", draftId, "agent-1", conversation.version(), T0.plusSeconds(600))).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(store.claimSend(ref, T0.plusSeconds(601), T0.plusSeconds(721))).isEqualTo(ConversationStore.SendClaim.CLAIMED);
    }

    @Test
    void should_refuse_an_approval_based_on_a_stale_version() {
        BuyerMessage m = message("c-1", "p-1", T0);
        record(m, T0.plusSeconds(86_400));
        store.saveLabel(m.ref(), label("order_tracking"));
        store.saveDraft(draft(m, DraftStatus.PENDING_APPROVAL));
        long seen = store.findConversation(tenant, "c-1").orElseThrow().version();
        record(message("c-1", "p-2", T0.plusSeconds(30)), T0.plusSeconds(86_430));

        assertThat(approve(tenant, "c-1", ReplyDraft.draftIdFor(m.messageId()), "agent-1", seen, T0.plusSeconds(60)))
                .isEqualTo(ApprovalOutcome.CONCURRENT_CHANGE);
    }

    @Test
    void should_restart_the_clock_for_a_buyer_message_after_a_reply() {
        BuyerMessage m = message("c-1", "p-1", T0);
        record(m, T0.plusSeconds(86_400));
        store.saveLabel(m.ref(), label("order_tracking"));
        store.saveDraft(draft(m, DraftStatus.PENDING_APPROVAL));
        approveAndDeliver("c-1", ReplyDraft.draftIdFor(m.messageId()), T0.plusSeconds(50), T0.plusSeconds(60));

        Instant later = T0.plus(Duration.ofHours(2));
        record(message("c-1", "p-2", later), later.plus(Duration.ofHours(24)));

        var conversation = store.findConversation(tenant, "c-1").orElseThrow();
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(conversation.sla().dueAt()).isEqualTo(later.plus(Duration.ofHours(24)));
        assertThat(conversation.firstResponseAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void should_find_only_due_timers_and_mark_each_breached_once() {
        record(message("c-due", "p-1", T0), T0.plusSeconds(60));
        record(message("c-later", "p-2", T0), T0.plus(Duration.ofDays(2)));
        Instant now = T0.plusSeconds(120);

        List<DueTimer> due = mine(store.findDueTimers(now, 100));
        assertThat(due).extracting(DueTimer::conversationId).containsExactly("c-due");
        assertThat(store.markBreached(due.get(0), now)).isTrue();
        assertThat(store.markBreached(due.get(0), now)).isFalse();
        assertThat(mine(store.findDueTimers(now, 100))).isEmpty();
        assertThat(store.findConversation(tenant, "c-due").orElseThrow().sla().state()).isEqualTo(SlaState.BREACHED);

        store.unmarkBreached(due.get(0), now);
        assertThat(mine(store.findDueTimers(now, 100))).extracting(DueTimer::conversationId).containsExactly("c-due");
    }

    @Test
    void should_find_a_timer_at_its_warning_then_at_its_due_time_each_claimed_once() {
        BuyerMessage m = message("c-w", "p-1", T0);
        store.recordInbound(m, SlaTimer.running(T0, T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofHours(3))));
        store.saveLabel(m.ref(), label("delivery_problem", RiskSignal.LEGAL_THREAT));

        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofMinutes(179)), 100))).isEmpty();
        Instant warnTime = T0.plus(Duration.ofHours(3));
        DueTimer atWarning = mine(store.findDueTimers(warnTime, 100)).get(0);
        assertThat(atWarning.warned()).isFalse();
        assertThat(atWarning.intent()).isEqualTo("delivery_problem");
        assertThat(atWarning.risks()).containsExactly(RiskSignal.LEGAL_THREAT);
        assertThat(atWarning.startedAt()).isEqualTo(T0);
        assertThat(store.markWarned(atWarning, warnTime)).isTrue();
        assertThat(store.markWarned(atWarning, warnTime)).isFalse();
        // warned: the index moved on to the due time
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofMinutes(239)), 100))).isEmpty();

        store.unmarkWarned(atWarning);
        assertThat(mine(store.findDueTimers(warnTime, 100))).singleElement().satisfies(t -> assertThat(t.warned()).isFalse());
        assertThat(store.markWarned(atWarning, warnTime)).isTrue();

        Instant dueTime = T0.plus(Duration.ofHours(4));
        DueTimer atDue = mine(store.findDueTimers(dueTime, 100)).get(0);
        assertThat(atDue.warned()).isTrue();
        assertThat(store.markBreached(atDue, dueTime)).isTrue();
        assertThat(store.markBreached(atDue, dueTime)).isFalse();
        assertThat(mine(store.findDueTimers(dueTime.plus(Duration.ofDays(1)), 100))).isEmpty();
        assertThat(store.findConversation(tenant, "c-w").orElseThrow().sla())
                .satisfies(sla -> {
                    assertThat(sla.warnedAt()).isEqualTo(warnTime);
                    assertThat(sla.breachedAt()).isEqualTo(dueTime);
                    assertThat(sla.state()).isEqualTo(SlaState.BREACHED);
                });
    }

    @Test
    void should_count_replies_in_time_late_replies_and_breaches_per_day_channel_and_store() {
        BuyerMessage inTime = message("c-1", "p-1", T0);
        BuyerMessage sweptLate = message("c-2", "p-2", T0);
        BuyerMessage unsweptLate = message("c-3", "p-3", T0);
        record(inTime, T0.plus(Duration.ofHours(24)));
        record(sweptLate, T0.plusSeconds(60));
        record(unsweptLate, T0.plusSeconds(60));
        for (BuyerMessage m : List.of(inTime, sweptLate, unsweptLate)) {
            store.saveDraft(draft(m, DraftStatus.PENDING_APPROVAL));
        }
        DueTimer due = mine(store.findDueTimers(T0.plusSeconds(120), 100)).stream().filter(t -> t.conversationId().equals("c-2")).findFirst()
                .orElseThrow();
        assertThat(store.markBreached(due, T0.plusSeconds(120))).isTrue();
        // counted when delivered: c-3 was approved in time, but reached the buyer late
        approveAndDeliver("c-1", ReplyDraft.draftIdFor(inTime.messageId()), T0.plusSeconds(50), T0.plusSeconds(60));
        approveAndDeliver("c-2", ReplyDraft.draftIdFor(sweptLate.messageId()), T0.plusSeconds(3_500), T0.plusSeconds(3_600));
        approveAndDeliver("c-3", ReplyDraft.draftIdFor(unsweptLate.messageId()), T0.plusSeconds(30), T0.plusSeconds(600));

        List<SlaFigures> figures = store.slaFigures(tenant, T0.atZone(ZoneOffset.UTC).toLocalDate(),
                T0.atZone(ZoneOffset.UTC).toLocalDate());
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo(Channel.AMAZON);
            assertThat(f.storeId()).isEqualTo("store-1");
            assertThat(f.responses()).isEqualTo(3);
            assertThat(f.onTime()).isEqualTo(1);
            assertThat(f.breaches()).isEqualTo(2); // the swept one, and the late reply the sweep never saw
            assertThat(f.compliance()).isEqualTo(1 / 3.0);
            assertThat(f.responseSeconds()).isEqualTo(60 + 3_600 + 600);
            assertThat(f.firstResponses()).isEqualTo(3);
        });
        assertThat(store.slaFigures(tenant + "-other", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(store.slaFigures(tenant, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void should_undo_the_breach_count_with_the_breach() {
        record(message("c-u", "p-1", T0), T0.plusSeconds(60));
        DueTimer due = mine(store.findDueTimers(T0.plusSeconds(120), 100)).get(0);
        store.markBreached(due, T0.plusSeconds(120));
        store.unmarkBreached(due, T0.plusSeconds(120));
        LocalDate day = T0.atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(store.slaFigures(tenant, day, day)).allSatisfy(f -> assertThat(f.breaches()).isZero());
    }

    @Test
    void should_claim_a_draft_for_sending_once_and_record_it_sent_once() {
        BuyerMessage m = message("c-send", "p-1", T0);
        record(m, T0.plus(Duration.ofHours(24)));
        ReplyDraft auto = draft(m, DraftStatus.AUTO_SEND);
        store.saveDraft(auto);
        assertThat(store.findConversation(tenant, "c-send").orElseThrow().status()).isEqualTo(ConversationStatus.SENDING);
        Instant at = T0.plusSeconds(10);

        assertThat(store.claimSend(auto.ref(), at, at.plusSeconds(120))).isEqualTo(ConversationStore.SendClaim.CLAIMED);
        assertThat(store.claimSend(auto.ref(), at.plusSeconds(1), at.plusSeconds(121))).isEqualTo(ConversationStore.SendClaim.CLAIMED_ELSEWHERE);
        store.releaseSend(auto.ref());
        assertThat(store.claimSend(auto.ref(), at.plusSeconds(2), at.plusSeconds(122))).isEqualTo(ConversationStore.SendClaim.CLAIMED);
        // a claim whose sender died can be taken over once its lease ran out
        assertThat(store.claimSend(auto.ref(), at.plusSeconds(200), at.plusSeconds(320))).isEqualTo(ConversationStore.SendClaim.CLAIMED);

        var conversation = store.findConversation(tenant, "c-send").orElseThrow();
        var record = ConversationStore.SentRecord.answer(true, conversation.version(), SlaResponse.of(conversation, at));
        assertThat(store.markSent(auto, at, ConversationStore.SentRecord.answer(true, conversation.version() - 1, null)))
                .isEqualTo(ConversationStore.SentOutcome.CONCURRENT_CHANGE);
        assertThat(store.markSent(auto, at, record)).isEqualTo(ConversationStore.SentOutcome.RECORDED);
        assertThat(store.markSent(auto, at, record)).isEqualTo(ConversationStore.SentOutcome.RECORDED);

        assertThat(store.findDraft(auto.ref()).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
        assertThat(store.claimSend(auto.ref(), at.plusSeconds(400), at.plusSeconds(520))).isEqualTo(ConversationStore.SendClaim.ALREADY_SENT);
        var answered = store.findConversation(tenant, "c-send").orElseThrow();
        assertThat(answered.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(answered.sla().state()).isEqualTo(SlaState.STOPPED);
        assertThat(answered.lastReplyAutomatic()).isTrue();
        assertThat(answered.firstResponseAt()).isEqualTo(at);
        assertThat(store.slaFigures(tenant, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                .singleElement().satisfies(f -> assertThat(f.responses()).isEqualTo(1));
        assertThat(store.findDueTimers(T0.plus(Duration.ofDays(2)), 100)).noneMatch(t -> t.conversationId().equals("c-send"));
    }

    @Test
    void should_keep_the_clock_running_after_an_automatic_acknowledgement_and_remember_it_for_the_next_message() {
        BuyerMessage m = message("c-ack", "p-1", T0);
        record(m, T0.plus(Duration.ofHours(24)));
        ReplyDraft auto = draft(m, DraftStatus.AUTO_SEND);
        store.saveDraft(auto);
        store.claimSend(auto.ref(), T0, T0.plusSeconds(120));

        long version = store.findConversation(tenant, "c-ack").orElseThrow().version();
        store.markSent(auto, T0.plusSeconds(10), ConversationStore.SentRecord.acknowledgement(version));
        record(message("c-ack", "p-2", T0.plusSeconds(60)), T0.plus(Duration.ofHours(25)));

        var conversation = store.findConversation(tenant, "c-ack").orElseThrow();
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(conversation.sla().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(conversation.firstResponseAt()).isNull();
        assertThat(conversation.lastReplyAutomatic()).isTrue();
    }

    @Test
    void should_hold_an_automatic_draft_for_approval_only_while_it_is_automatic() {
        BuyerMessage m = message("c-hold", "p-1", T0);
        record(m, T0.plus(Duration.ofHours(24)));
        ReplyDraft auto = draft(m, DraftStatus.AUTO_SEND);
        store.saveDraft(auto);

        assertThat(store.holdAutomatic(auto.ref(), "automation is paused for this tenant")).isTrue();
        assertThat(store.holdAutomatic(auto.ref(), "again")).isFalse();

        ReplyDraft held = store.findDraft(auto.ref()).orElseThrow();
        assertThat(held.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(held.escalationReason()).isEqualTo("automation is paused for this tenant");
        assertThat(store.findConversation(tenant, "c-hold").orElseThrow().status()).isEqualTo(ConversationStatus.PENDING_APPROVAL);
        assertThat(store.claimSend(auto.ref(), T0, T0.plusSeconds(120))).isEqualTo(ConversationStore.SendClaim.NOT_SENDABLE);
    }

    private long version(String conversationId) {
        return store.findConversation(tenant, conversationId).orElseThrow().version();
    }

    @Test
    void should_keep_the_earliest_due_time_while_the_buyer_waits() {
        record(message("c-e", "p-1", T0), T0.plus(Duration.ofHours(24)));
        record(message("c-e", "p-2", T0.plusSeconds(60)), T0.plus(Duration.ofHours(2)));
        record(message("c-e", "p-3", T0.plusSeconds(120)), T0.plus(Duration.ofHours(30)));

        var sla = store.findConversation(tenant, "c-e").orElseThrow().sla();
        assertThat(sla.startedAt()).isEqualTo(T0);
        assertThat(sla.dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofHours(2)), 100))).extracting(DueTimer::conversationId).containsExactly("c-e");
    }

    @Test
    void should_close_only_the_clock_that_a_thanks_only_message_started() {
        record(message("c-t", "p-1", T0), T0.plus(Duration.ofHours(24)));
        assertThat(store.closeWithoutResponse(tenant, "c-t", T0.plusSeconds(60))).isFalse(); // a later message did not start it
        assertThat(store.findConversation(tenant, "c-t").orElseThrow().sla().state()).isEqualTo(SlaState.RUNNING);

        assertThat(store.closeWithoutResponse(tenant, "c-t", T0)).isTrue();
        assertThat(store.closeWithoutResponse(tenant, "c-t", T0)).isFalse();
        assertThat(store.findConversation(tenant, "c-t").orElseThrow().sla().state()).isEqualTo(SlaState.CLOSED);
        assertThat(mine(store.findDueTimers(T0.plus(Duration.ofDays(2)), 100))).isEmpty();

        record(message("c-t", "p-2", T0.plusSeconds(600)), T0.plus(Duration.ofHours(25)));
        assertThat(store.findConversation(tenant, "c-t").orElseThrow().sla())
                .satisfies(sla -> {
                    assertThat(sla.state()).isEqualTo(SlaState.RUNNING);
                    assertThat(sla.startedAt()).isEqualTo(T0.plusSeconds(600));
                });
    }

    @Test
    void should_list_a_tenants_conversations_newest_first_with_filters_and_pages() {
        for (int i = 0; i < 5; i++) {
            record(message("c-" + i, "p-" + i, T0.plusSeconds(i)), T0.plusSeconds(86_400));
        }
        String otherTenant = tenant;
        tenant = tenant + "-other";
        record(message("c-x", "p-x", T0.plusSeconds(99)), T0.plusSeconds(86_400));
        tenant = otherTenant;

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ConversationPage page = store.listConversations(tenant, ConversationFilter.any(), 2, cursor);
            page.conversations().forEach(c -> seen.add(c.conversationId()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactly("c-4", "c-3", "c-2", "c-1", "c-0");

        var escalatedOnly = store.listConversations(tenant, new ConversationFilter(ConversationStatus.ESCALATED, null, null), 10, null);
        assertThat(escalatedOnly.conversations()).isEmpty();
        var amazon = store.listConversations(tenant, new ConversationFilter(null, Channel.AMAZON, "store-1"), 10, null);
        assertThat(amazon.conversations()).hasSize(5);
    }

    @Test
    void should_never_show_one_tenants_conversation_to_another() {
        record(message("c-1", "p-1", T0), T0.plusSeconds(86_400));
        assertThat(store.findConversation(tenant + "-other", "c-1")).isEmpty();
        assertThat(store.findConversationDetail(tenant + "-other", "c-1")).isEmpty();
        assertThat(new HashSet<>(store.listConversations(tenant + "-other", ConversationFilter.any(), 10, null).conversations())).isEmpty();
    }

    private List<DueTimer> mine(List<DueTimer> timers) {
        return timers.stream().filter(t -> t.tenantId().equals(tenant)).toList();
    }
}
