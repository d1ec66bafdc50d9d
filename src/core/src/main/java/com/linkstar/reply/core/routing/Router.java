package com.linkstar.reply.core.routing;

import com.linkstar.reply.core.compliance.ChannelPolicy;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides what happens to a draft: a person handles it (escalated), a person approves it (suggest-only, the default), or
 * it is sent without a person. A pure function of its inputs; the switches are read only when every other gate is
 * passed, so a suggest-only tenant costs no read.
 *
 * <p>Auto-send needs all of: no risk signal in the conversation, not an unhappy answer to an automatic reply, the intent's
 * flow allows it, the channel's policy allows it, the compliance check found nothing, neither the tenant nor the global
 * switch is paused, the tenant switched auto-send on for the channel (and store), the intent's confidence reaches the
 * tenant's threshold, and the message has no word near a risk ({@link com.linkstar.reply.core.classify.RiskHints}).
 */
public final class Router {

    public record Decision(DraftStatus status, String reason) {
    }

    /** How the reason of a draft held for its words near a risk begins. */
    public static final String RISK_WORDS_REASON = "the message has ";

    /**
     * @param label the message's label with every risk raised earlier in the conversation
     * @param afterAutomaticReply the conversation's last reply was sent automatically
     * @param flow what the tenant's taxonomy allows for the intent
     * @param findings how many findings the compliance check has against the draft
     * @param riskWords the kinds of words near a risk in the message ({@code safety}, {@code review}, …), though no risk
     *     was raised
     */
    public record Inputs(Channel channel, String storeId, Classification label, boolean afterAutomaticReply, IntentFlow flow,
            int findings, Set<String> riskWords) {
    }

    private final Map<Channel, ChannelPolicy> policies;

    public Router(Map<Channel, ChannelPolicy> policies) {
        this.policies = policies;
    }

    public static Router bundled() {
        return new Router(ChannelPolicy.bundled());
    }

    public Decision decide(Inputs in, Supplier<AutomationSwitches.Switches> switches) {
        if (!in.label().risks().isEmpty()) {
            return escalate("risk: " + in.label().risks().stream().map(RiskSignal::wireName).sorted().collect(Collectors.joining(",")));
        }
        if (in.afterAutomaticReply() && in.label().sentiment() == Sentiment.NEGATIVE) {
            return escalate("the buyer is unhappy after an automatic reply: a person takes over the conversation");
        }
        if (in.flow() == IntentFlow.ALWAYS_ESCALATE) {
            return escalate("the taxonomy sends every " + in.label().intent() + " message to a person");
        }
        if (in.flow() != IntentFlow.AUTO_REPLY_ALLOWED) {
            return approve(null); // suggest-only, the default: nothing to explain
        }
        if (!policies.get(in.channel()).autoSend()) {
            return approve("the " + in.channel().wireName() + " policy does not allow automatic replies");
        }
        if (in.findings() > 0) {
            return approve("the compliance check flagged the draft");
        }
        AutomationSwitches.Switches now = switches.get();
        if (now.globallyPaused()) {
            return approve("automation is paused for every tenant");
        }
        if (now.tenant().paused()) {
            return approve("automation is paused for this tenant");
        }
        if (!now.tenant().autoSendOn(in.channel(), in.storeId())) {
            return approve("auto-send is not switched on for " + in.channel().wireName() + " store " + in.storeId());
        }
        if (in.label().confidence() < now.tenant().minConfidence()) {
            return escalate(String.format(Locale.ROOT, "confidence %.2f is below the auto-send threshold %.2f: a person checks the intent",
                    in.label().confidence(), now.tenant().minConfidence()));
        }
        if (!in.riskWords().isEmpty()) {
            // no risk was raised, but auto-send is where a missed one would reach the buyer unread; last, so that a low
            // confidence still escalates
            return approve(RISK_WORDS_REASON + String.join(", ", new TreeSet<>(in.riskWords())) + " words: a person reads it before a reply goes out");
        }
        return new Decision(DraftStatus.AUTO_SEND, null);
    }

    private static Decision escalate(String reason) {
        return new Decision(DraftStatus.ESCALATED, reason);
    }

    private static Decision approve(String reason) {
        return new Decision(DraftStatus.PENDING_APPROVAL, reason);
    }
}
