package com.linkstar.reply.functions;

import static com.linkstar.reply.functions.FunctionTestSupport.drain;
import static com.linkstar.reply.functions.FunctionTestSupport.failedIds;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.testsupport.SqsEventJson.Record;
import com.linkstar.reply.testsupport.SqsEventJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.Classify.class)
class ClassifyFunctionTest {

    private String tenant;

    @BeforeEach
    void given_empty_queues() {
        tenant = newTenant();
        drain("DraftQueue");
        drain("ClassifyDeadLetterQueue");
    }

    private BuyerMessage stored(String id, String text) {
        var m = new BuyerMessage(tenant, "fr-store", Channel.AMAZON, "amazon.fr", "c-" + id, "m-" + id, "p-" + id, "405-1234567-1234567",
                "b@marketplace.amazon.fr", null, text, Instant.now().minusSeconds(30));
        store().recordInbound(m, SlaTimer.running(m.receivedAt(), Instant.now().plusSeconds(86_400), null));
        return m;
    }

    private static String ref(BuyerMessage m) {
        return "{\"tenantId\":\"" + m.tenantId() + "\",\"conversationId\":\"" + m.conversationId() + "\",\"messageId\":\"" + m.messageId() + "\"}";
    }

    @Test
    void should_label_intent_risk_and_language_once_and_hand_over_to_draft() {
        var m = stored("1", "Toujours pas reçu ma commande après 3 semaines. Si rien ne bouge je contacte mon avocat.");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(m)))))).isEmpty();
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(m)))))).isEmpty();

        var label = store().findLabel(m.ref()).orElseThrow();
        assertThat(label.intent()).isEqualTo("delivery_problem");
        assertThat(label.risks()).contains(RiskSignal.LEGAL_THREAT);
        assertThat(label.language()).isEqualTo("fr");
        assertThat(label.source()).isEqualTo(IntentSource.RULES);
        assertThat(store().findConversation(tenant, m.conversationId()).orElseThrow().risks()).contains(RiskSignal.LEGAL_THREAT);
        assertThat(drain("DraftQueue")).hasSize(2);
    }

    @Test
    void should_classify_with_the_tenants_own_model_where_the_rules_find_nothing() {
        var history = new java.util.ArrayList<com.linkstar.reply.core.classify.model.LinearIntentModel.Example>();
        for (int i = 0; i < 15; i++) {
            history.add(new com.linkstar.reply.core.classify.model.LinearIntentModel.Example("est-ce que la carte de garantie est tamponnée " + i, "pre_sale_question"));
            history.add(new com.linkstar.reply.core.classify.model.LinearIntentModel.Example("mon colis numéro " + i + " n'est jamais venu", "delivery_problem"));
        }
        new com.linkstar.reply.aws.DynamoDbIntentModelStore(FunctionTestSupport.aws().dynamoClient(), FunctionTestSupport.aws().tableName(),
                java.time.Clock.systemUTC()).save(tenant, com.linkstar.reply.core.classify.model.LinearIntentModel.train(history), 30, Instant.now());
        var m = stored("model", "La carte de garantie est-elle tamponnée ?");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(m)))))).isEmpty();

        var label = store().findLabel(m.ref()).orElseThrow();
        assertThat(label.intent()).isEqualTo("pre_sale_question");
        assertThat(label.source()).isEqualTo(IntentSource.MODEL);
    }

    @Test
    void should_dead_letter_a_reference_to_a_message_that_does_not_exist() {
        String missing = "{\"tenantId\":\"" + tenant + "\",\"conversationId\":\"c-none\",\"messageId\":\"m-none\"}";
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", missing))))).isEmpty();
        assertThat(drain("ClassifyDeadLetterQueue")).singleElement()
                .satisfies(dead -> assertThat(dead.messageAttributes().get("linkstar-rejection-reason").stringValue()).contains("does not exist"));
        assertThat(drain("DraftQueue")).isEmpty();
    }
}
