package com.linkstar.reply.core.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearIntentModelTest {

    private static List<LinearIntentModel.Example> examples() {
        List<LinearIntentModel.Example> examples = new ArrayList<>();
        String[][] data = {
            {"where is my package", "order_tracking"}, {"tracking number please", "order_tracking"}, {"has my order shipped yet", "order_tracking"},
            {"wo ist mein paket", "order_tracking"}, {"我的包裹到哪了", "order_tracking"}, {"荷物はどこですか", "order_tracking"},
            {"i want my money back", "refund_request"}, {"please refund me", "refund_request"}, {"where is my refund", "refund_request"},
            {"ich will mein geld zurück", "refund_request"}, {"请给我退款", "refund_request"}, {"返金してください", "refund_request"},
            {"cancel my order please", "cancel_order"}, {"i want to cancel", "cancel_order"}, {"bitte stornieren", "cancel_order"},
            {"请取消订单", "cancel_order"}, {"注文をキャンセルしたい", "cancel_order"}, {"please cancel it before it ships", "cancel_order"},
        };
        for (int round = 0; round < 3; round++) {
            for (String[] row : data) {
                examples.add(new LinearIntentModel.Example(row[0], row[1]));
            }
        }
        return examples;
    }

    @Test
    void should_learn_intents_across_languages_including_unsegmented_ones() {
        LinearIntentModel model = LinearIntentModel.train(examples(), 1 << 14, 15, 1e-6, 0.5, 7);
        assertThat(model.predict("where is my parcel, no tracking yet").intent()).isEqualTo("order_tracking");
        assertThat(model.predict("退款什么时候到").intent()).isEqualTo("refund_request");
        assertThat(model.predict("キャンセルできますか").intent()).isEqualTo("cancel_order");
        assertThat(model.predict("refund please").probability()).isBetween(0.0, 1.0);
    }

    @Test
    void should_predict_the_same_after_a_save_and_load() throws Exception {
        LinearIntentModel model = LinearIntentModel.train(examples(), 1 << 14, 10, 1e-6, 0.5, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        LinearIntentModel loaded = LinearIntentModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        for (String text : List.of("where is my package", "ich will mein geld zurück", "请取消订单")) {
            assertThat(loaded.predict(text).intent()).isEqualTo(model.predict(text).intent());
            assertThat(loaded.predict(text).probability()).isCloseTo(model.predict(text).probability(), org.assertj.core.data.Offset.offset(0.02));
        }
        assertThat(loaded.intents()).containsExactlyElementsOf(model.intents());
    }
}
