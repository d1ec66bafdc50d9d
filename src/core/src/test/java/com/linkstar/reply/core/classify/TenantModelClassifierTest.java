package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.memory.InMemoryIntentModelStore;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.IntentSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantModelClassifierTest {

    private static BuyerMessage message(String tenant, String text) {
        return new BuyerMessage(tenant, "s", Channel.SHOPIFY, "x", "c", "m-1", "p", null, null, null, text, Instant.EPOCH);
    }

    @Test
    void should_use_a_tenants_own_model_where_the_rules_find_nothing_and_the_rules_for_others() {
        List<LinearIntentModel.Example> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            history.add(new LinearIntentModel.Example("is the warranty card stamped " + i, "warranty_claim"));
            history.add(new LinearIntentModel.Example("where is my order " + i, "order_tracking"));
        }
        var store = new InMemoryIntentModelStore();
        store.save("acme", LinearIntentModel.train(history), history.size(), Instant.EPOCH);
        var classifier = new TenantModelClassifier(store, Clock.systemUTC());

        var mine = classifier.classify(message("acme", "is the warranty card stamped?"));
        assertThat(mine.intent()).isEqualTo("warranty_claim");
        assertThat(mine.source()).isEqualTo(IntentSource.MODEL);
        assertThat(classifier.classify(message("other-tenant", "is the warranty card stamped?")).source()).isEqualTo(IntentSource.RULES);
    }
}
