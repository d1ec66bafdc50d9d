package com.linkstar.reply.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    @Test
    void should_ship_the_default_taxonomy_suggest_only() {
        Taxonomy defaults = Taxonomy.defaults();
        assertThat(defaults.ids()).hasSize(17).contains("order_tracking", "other");
        assertThat(defaults.intents()).allSatisfy(d -> assertThat(d.flow()).isEqualTo(IntentFlow.SUGGEST_ONLY));
        assertThat(defaults.find("delivery_problem").orElseThrow().priority()).isLessThan(defaults.find("thanks").orElseThrow().priority());
    }

    @Test
    void should_let_a_tenant_rename_add_drop_and_reprioritise() {
        List<IntentDefinition> mine = new ArrayList<>(Taxonomy.defaults().intents());
        mine.removeIf(d -> d.id().equals("invoice_request"));
        mine.replaceAll(d -> d.id().equals("order_tracking") ? new IntentDefinition(d.id(), "Where is it", d.description(), 5, IntentFlow.AUTO_REPLY_ALLOWED) : d);
        mine.add(new IntentDefinition("warranty_claim", "Warranty", "claims under the 2-year warranty", 20, IntentFlow.ALWAYS_ESCALATE));

        Taxonomy taxonomy = Taxonomy.of(mine);
        assertThat(taxonomy.find("order_tracking").orElseThrow().name()).isEqualTo("Where is it");
        assertThat(taxonomy.ids()).contains("warranty_claim").doesNotContain("invoice_request");
        assertThat(taxonomy.map("invoice_request")).isEqualTo("other");
        assertThat(taxonomy.map("warranty_claim")).isEqualTo("warranty_claim");
    }

    @Test
    void should_refuse_an_invalid_taxonomy_with_every_reason() {
        List<IntentDefinition> bad = List.of(
                new IntentDefinition("Bad Id", "x", "y", 5, IntentFlow.SUGGEST_ONLY),
                new IntentDefinition("refund_request", "Refund", "", 0, null),
                new IntentDefinition("refund_request", "refund", "money back", 5, IntentFlow.SUGGEST_ONLY));
        assertThatThrownBy(() -> Taxonomy.of(bad)).isInstanceOf(Taxonomy.InvalidTaxonomyException.class)
                .hasMessageContaining("'Bad Id'").hasMessageContaining("appears twice").hasMessageContaining("description is required")
                .hasMessageContaining("priority must be 1 to 100").hasMessageContaining("flow is required")
                .hasMessageContaining("'other' cannot be dropped").hasMessageContaining("used twice");
    }
}
