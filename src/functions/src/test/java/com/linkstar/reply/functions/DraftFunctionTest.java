package com.linkstar.reply.functions;

import static com.linkstar.reply.functions.FunctionTestSupport.failedIds;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.DynamoDbTenantTemplatesStore;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.testsupport.SqsEventJson.Record;
import com.linkstar.reply.testsupport.SqsEventJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.Draft.class)
class DraftFunctionTest {

    private String tenant;

    @BeforeEach
    void given_a_tenant() {
        tenant = newTenant();
    }

    private String labeled(String id, String text, String orderId) {
        var m = new BuyerMessage(tenant, "jp-store", Channel.SHOPEE, "shopee.sg", "c-" + id, "m-" + id, "p-" + id, orderId, "buyer-" + id,
                null, text, Instant.now().minusSeconds(30));
        store().recordInbound(m, SlaTimer.running(m.receivedAt(), Instant.now().plusSeconds(43_200), null));
        store().saveLabel(m.ref(), new RulesClassifier().classify(text));
        return "{\"tenantId\":\"" + tenant + "\",\"conversationId\":\"" + m.conversationId() + "\",\"messageId\":\"" + m.messageId() + "\"}";
    }

    @Test
    void should_draft_in_the_buyers_language_for_approval_once() {
        String ref = labeled("1", "注文した商品がまだ届いていません", "SG-240001");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref))))).isEmpty();
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref))))).isEmpty();

        var detail = store().findConversationDetail(tenant, "c-1").orElseThrow();
        assertThat(detail.drafts()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
            assertThat(d.language()).isEqualTo("ja");
            assertThat(d.templateId()).isEqualTo("delivery_problem.ja");
            assertThat(d.text()).contains("SG-240001");
            assertThat(d.complianceFindings()).isEmpty();
        });
        assertThat(detail.conversation().status()).isEqualTo(ConversationStatus.PENDING_APPROVAL);
    }

    @Test
    void should_escalate_a_risky_message_and_ask_for_the_missing_order_number() {
        String ref = labeled("2", "The charger caught fire. Where is my refund?", null);

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref))))).isEmpty();

        var detail = store().findConversationDetail(tenant, "c-2").orElseThrow();
        assertThat(detail.drafts()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DraftStatus.ESCALATED);
            assertThat(d.escalationReason()).contains("safety_hazard");
            assertThat(d.text()).contains("order number");
        });
        assertThat(detail.conversation().status()).isEqualTo(ConversationStatus.ESCALATED);
    }

    @Test
    void should_record_what_the_compliance_check_finds_on_the_draft() {
        // Portuguese has no templates yet: the English fallback is not in the buyer's language
        String ref = labeled("3", "Olá, onde está o meu pedido? Ainda não chegou nada", "SG-240003");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref))))).isEmpty();

        var draft = store().findConversationDetail(tenant, "c-3").orElseThrow().drafts().get(0);
        assertThat(draft.complianceFindings()).singleElement().satisfies(f -> assertThat(f).startsWith("language_mismatch: ").contains("'pt'"));
    }

    @Test
    void should_draft_with_the_tenants_own_wording_and_signature() {
        new DynamoDbTenantTemplatesStore(FunctionTestSupport.aws().dynamoClient(), FunctionTestSupport.aws().tableName(), Clock.systemUTC())
                .save(tenant, TenantTemplates.fromMap(Map.of("signature", "さくら雑貨店", "overrides",
                        Map.of("delivery_problem.ja", "お客様\nお届けが遅れており申し訳ございません。配送状況を確認いたします{order_ref}。\n何卒よろしくお願いいたします")),
                        ComplianceCheck.bundled()));
        String ref = labeled("4", "注文した商品がまだ届いていません", "SG-240004");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref))))).isEmpty();

        var draft = store().findConversationDetail(tenant, "c-4").orElseThrow().drafts().get(0);
        assertThat(draft.templateId()).isEqualTo("tenant:delivery_problem.ja");
        assertThat(draft.text()).contains("SG-240004").endsWith("\nさくら雑貨店");
        assertThat(draft.complianceFindings()).isEmpty();
    }

    @Test
    void should_report_a_body_that_is_not_a_reference_as_failed() {
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-bad", "[1,2,3]"), Record.of("r-ok", labeled("3", "Thanks!", "o-1"))))))
                .containsExactly("r-bad");
    }
}
