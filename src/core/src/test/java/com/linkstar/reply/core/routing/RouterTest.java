package com.linkstar.reply.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each gate of the routing on its own, and that the switches are read only when every other gate is open. */
class RouterTest {

    private static final Router ROUTER = Router.bundled();
    private static final AutomationSettings ON_FOR_SHOPEE = new AutomationSettings(false, 0.8,
            List.of(new AutomationSettings.Scope(Channel.SHOPEE, null)), AutomationSettings.Delivery.NONE);

    private final AtomicInteger switchReads = new AtomicInteger();

    private Router.Decision decide(Channel channel, Classification label, boolean afterAutomaticReply, IntentFlow flow, int findings,
            AutomationSettings settings, boolean globallyPaused) {
        return decide(channel, label, afterAutomaticReply, flow, findings, Set.of(), settings, globallyPaused);
    }

    private Router.Decision decide(Channel channel, Classification label, boolean afterAutomaticReply, IntentFlow flow, int findings,
            Set<String> riskWords, AutomationSettings settings, boolean globallyPaused) {
        return ROUTER.decide(new Router.Inputs(channel, "store-1", label, afterAutomaticReply, flow, findings, riskWords), () -> {
            switchReads.incrementAndGet();
            return new AutomationSwitches.Switches(settings, globallyPaused);
        });
    }

    private static Classification label(double confidence, Sentiment sentiment, RiskSignal... risks) {
        return new Classification("order_tracking", confidence, Set.of(risks), sentiment, "en", IntentSource.RULES, List.of());
    }

    private Router.Decision allowed(Classification label) {
        return decide(Channel.SHOPEE, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 0, ON_FOR_SHOPEE, false);
    }

    @Test
    void should_send_automatically_only_when_every_gate_is_open() {
        assertThat(allowed(label(0.9, Sentiment.NEUTRAL)).status()).isEqualTo(DraftStatus.AUTO_SEND);
        assertThat(switchReads).hasValue(1);
    }

    @Test
    void should_escalate_every_risk_abusive_language_included_without_reading_the_switches() {
        for (RiskSignal risk : RiskSignal.values()) {
            Router.Decision decision = allowed(label(0.99, Sentiment.NEGATIVE, risk));
            assertThat(decision.status()).as(risk.wireName()).isEqualTo(DraftStatus.ESCALATED);
            assertThat(decision.reason()).isEqualTo("risk: " + risk.wireName());
        }
        assertThat(switchReads).hasValue(0);
    }

    @Test
    void should_hold_a_message_with_words_near_a_risk_for_a_person_but_still_escalate_a_low_confidence() {
        assertThat(decide(Channel.SHOPEE, label(0.9, Sentiment.NEUTRAL), false, IntentFlow.AUTO_REPLY_ALLOWED, 0, Set.of("safety", "review"),
                ON_FOR_SHOPEE, false))
                .isEqualTo(new Router.Decision(DraftStatus.PENDING_APPROVAL, "the message has review, safety words: a person reads it before a reply goes out"));
        assertThat(decide(Channel.SHOPEE, label(0.5, Sentiment.NEUTRAL), false, IntentFlow.AUTO_REPLY_ALLOWED, 0, Set.of("safety"),
                ON_FOR_SHOPEE, false).status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(decide(Channel.SHOPEE, label(0.9, Sentiment.NEUTRAL), false, IntentFlow.AUTO_REPLY_ALLOWED, 0, Set.of("safety"),
                ON_FOR_SHOPEE, true).reason()).as("a paused switch says so first").isEqualTo("automation is paused for every tenant");
    }

    @Test
    void should_hand_an_unhappy_answer_to_an_automatic_reply_to_a_person_even_in_suggest_only() {
        var unhappy = decide(Channel.EBAY, label(0.9, Sentiment.NEGATIVE), true, IntentFlow.SUGGEST_ONLY, 0, AutomationSettings.DEFAULTS, false);
        var content = decide(Channel.EBAY, label(0.9, Sentiment.POSITIVE), true, IntentFlow.SUGGEST_ONLY, 0, AutomationSettings.DEFAULTS, false);

        assertThat(unhappy.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(content.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
    }

    @Test
    void should_wait_for_a_person_at_each_closed_gate_with_the_reason() {
        var label = label(0.9, Sentiment.NEUTRAL);
        assertThat(decide(Channel.SHOPEE, label, false, IntentFlow.SUGGEST_ONLY, 0, ON_FOR_SHOPEE, false))
                .isEqualTo(new Router.Decision(DraftStatus.PENDING_APPROVAL, null));
        assertThat(decide(Channel.SHOPEE, label, false, IntentFlow.ALWAYS_ESCALATE, 0, ON_FOR_SHOPEE, false).status())
                .isEqualTo(DraftStatus.ESCALATED);
        assertThat(decide(Channel.AMAZON_ATOZ, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 0, ON_FOR_SHOPEE, false).reason())
                .isEqualTo("the amazon-atoz policy does not allow automatic replies");
        assertThat(decide(Channel.SHOPEE, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 1, ON_FOR_SHOPEE, false).reason())
                .isEqualTo("the compliance check flagged the draft");

        assertThat(switchReads).as("no read while a cheaper gate is closed").hasValue(0);
        assertThat(decide(Channel.SHOPEE, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 0, ON_FOR_SHOPEE, true).reason())
                .isEqualTo("automation is paused for every tenant");
        assertThat(decide(Channel.SHOPEE, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 0, ON_FOR_SHOPEE.withPaused(true), false).reason())
                .isEqualTo("automation is paused for this tenant");
        assertThat(decide(Channel.LAZADA, label, false, IntentFlow.AUTO_REPLY_ALLOWED, 0, ON_FOR_SHOPEE, false).reason())
                .isEqualTo("auto-send is not switched on for lazada store store-1");
        assertThat(allowed(label(0.79, Sentiment.NEUTRAL)))
                .isEqualTo(new Router.Decision(DraftStatus.ESCALATED, "confidence 0.79 is below the auto-send threshold 0.80: a person checks the intent"));
    }
}
