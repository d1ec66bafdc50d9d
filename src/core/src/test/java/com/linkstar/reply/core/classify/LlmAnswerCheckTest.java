package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LlmAnswerCheckTest {

    private final LlmAnswerCheck check = new LlmAnswerCheck(Set.copyOf(Intents.DEFAULT_TAXONOMY), 0.6);
    private final Classification rules = new Classification("delivery_problem", 0.7, Set.of(RiskSignal.LEGAL_THREAT), Sentiment.NEGATIVE,
            "de", IntentSource.RULES, List.of("rule:delivery_problem"));

    @Test
    void should_take_a_valid_confident_answer_and_unite_the_risks() {
        var verdict = check.check(new LlmAnswerCheck.Answer("Refund_Request ", 0.9, List.of("chargeback_claim", "made_up"), "negative", "DE"), rules);
        assertThat(verdict.reason()).isEqualTo("llm");
        assertThat(verdict.label().intent()).isEqualTo("refund_request");
        assertThat(verdict.label().source()).isEqualTo(IntentSource.LLM);
        assertThat(verdict.label().risks()).containsExactlyInAnyOrder(RiskSignal.LEGAL_THREAT, RiskSignal.CHARGEBACK_CLAIM);
        assertThat(verdict.label().language()).isEqualTo("de");
    }

    @Test
    void should_fall_back_on_an_invented_label_a_low_confidence_or_no_answer_but_keep_llm_risks() {
        var invented = check.check(new LlmAnswerCheck.Answer("shipping_inquiry", 0.99, List.of("media_threat"), "neutral", "de"), rules);
        assertThat(invented.reason()).isEqualTo("llm-label-not-in-taxonomy");
        assertThat(invented.label().intent()).isEqualTo("delivery_problem");
        assertThat(invented.label().source()).isEqualTo(IntentSource.RULES);
        assertThat(invented.label().risks()).contains(RiskSignal.MEDIA_THREAT, RiskSignal.LEGAL_THREAT);

        assertThat(check.check(new LlmAnswerCheck.Answer("refund_request", 0.3, List.of(), null, null), rules).reason())
                .isEqualTo("llm-low-confidence");
        assertThat(check.check(null, rules).label()).isEqualTo(rules);
    }

    @Test
    void should_never_drop_a_risk_the_rules_found() {
        var verdict = check.check(new LlmAnswerCheck.Answer("order_tracking", 0.95, List.of(), "neutral", "de"), rules);
        assertThat(verdict.label().risks()).contains(RiskSignal.LEGAL_THREAT);
    }
}
