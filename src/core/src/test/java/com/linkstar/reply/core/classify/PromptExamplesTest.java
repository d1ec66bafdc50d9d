package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.classify.model.LinearIntentModel.Example;
import com.linkstar.reply.core.privacy.PiiRedactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptExamplesTest {

    @Test
    void should_keep_a_few_redacted_examples_per_intent() {
        List<Example> training = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            training.add(new Example("Where is order " + i + "? Call me on +44 7911 123456 or mail me at jo" + i + "@gmail.com", "order_tracking"));
        }
        training.add(new Example("x".repeat(1_000), "complaint"));

        List<Example> kept = PromptExamples.select(training, new PiiRedactor());

        assertThat(kept).filteredOn(e -> e.intent().equals("order_tracking")).hasSize(PromptExamples.PER_INTENT);
        assertThat(kept).allSatisfy(e -> assertThat(e.text()).doesNotContain("@gmail.com").doesNotContain("7911")
                .hasSizeLessThanOrEqualTo(PromptExamples.MAX_CHARACTERS + 1));
        assertThat(kept).filteredOn(e -> e.intent().equals("complaint")).singleElement();
    }

    @Test
    void should_choose_the_most_similar_examples_first() {
        List<Example> pool = List.of(new Example("Ich möchte die Jacke umtauschen", "exchange_request"),
                new Example("Where is my parcel?", "order_tracking"), new Example("我要退款", "refund_request"));
        assertThat(PromptExamples.similarTo("Kann ich die Jacke umtauschen?", pool, 2)).extracting(Example::intent)
                .first().isEqualTo("exchange_request");
        assertThat(PromptExamples.similarTo("请给我退款", pool, 1)).extracting(Example::intent).containsExactly("refund_request");
    }
}
