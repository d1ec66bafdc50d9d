package com.linkstar.reply.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private static LabeledMessage want(String id, String intent, String... risks) {
        return new LabeledMessage(id, "text", intent, List.of(risks), "en");
    }

    private static Classification got(String intent, RiskSignal... risks) {
        return new Classification(intent, 0.9, Set.of(risks), Sentiment.NEUTRAL, "en", IntentSource.RULES, List.of());
    }

    @Test
    void should_compute_accuracy_macro_f1_confusion_and_risk_scores() {
        var result = EvaluationReport.of(
                List.of(want("1", "a", "legal_threat"), want("2", "a"), want("3", "b"), want("4", "b", "safety_hazard")),
                List.of(got("a", RiskSignal.LEGAL_THREAT), got("b", RiskSignal.MEDIA_THREAT), got("b"), got("b")));

        assertThat(result.accuracy()).isEqualTo(0.75);
        // a: P=1, R=0.5, F1=0.6667; b: P=0.6667, R=1, F1=0.8 -> macro 0.7333
        assertThat(result.perIntent().get("a").f1()).isEqualTo(0.6667);
        assertThat(result.perIntent().get("b").f1()).isEqualTo(0.8);
        assertThat(result.macroF1()).isEqualTo(0.7333);
        assertThat(result.confusion()).containsExactly(List.of("a", "b", 1));
        // risks: tp legal, fp media, fn safety
        assertThat(result.riskPrecision()).isEqualTo(0.5);
        assertThat(result.riskRecall()).isEqualTo(0.5);
        assertThat(result.perSignal().get("safety_hazard").recall()).isZero();
    }

    @Test
    void should_split_by_the_sha1_of_the_id_reproducibly() {
        long held = java.util.stream.IntStream.range(0, 1000).filter(i -> new LabeledMessage("id-" + i, "t", "a", null, null).heldOut(5)).count();
        assertThat(held).isBetween(150L, 250L);
        assertThat(new LabeledMessage("id-7", "t", "a", null, null).heldOut(5)).isEqualTo(new LabeledMessage("id-7", "x", "b", null, null).heldOut(5));
    }
}
