package com.linkstar.reply.functions;

import static com.linkstar.reply.functions.FunctionTestSupport.aws;
import static com.linkstar.reply.functions.FunctionTestSupport.drain;
import static com.linkstar.reply.functions.FunctionTestSupport.failedIds;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.DynamoDbAutomationSettingsStore;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.testsupport.SqsEventJson;
import com.linkstar.reply.testsupport.SqsEventJson.Record;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The send Lambda: records of the outbound queue, delivered by e-mail relay (SES) or the tenant's signed webhook, once. */
@QuarkusTest
@TestProfile(FunctionProfiles.Send.class)
class SendFunctionTest {

    private String tenant;
    private DynamoDbAutomationSettingsStore automation;

    @BeforeEach
    void given_a_tenant() {
        tenant = newTenant();
        automation = new DynamoDbAutomationSettingsStore(aws().dynamoClient(), aws().tableName());
        aws().sns().clear();
    }

    /** A drafted message in the given state, as the draft stage (and an approval) leave it. */
    private ReplyDraft drafted(String id, Channel channel, String buyer, DraftStatus status, String templateId) {
        return drafted(id, channel, buyer, status, templateId, channel == Channel.AMAZON ? "Bestellung O-" + id : null);
    }

    private ReplyDraft drafted(String id, Channel channel, String buyer, DraftStatus status, String templateId, String subject) {
        var m = new BuyerMessage(tenant, "store-1", channel, channel == Channel.AMAZON ? "amazon.de" : "shopee.sg", "c-" + id, "m-" + id,
                "p-" + id, "O-" + id, buyer, subject, "Wo ist meine Bestellung?", Instant.now().minusSeconds(60));
        store().recordInbound(m, SlaTimer.running(m.receivedAt(), Instant.now().plusSeconds(43_200), null));
        var draft = new ReplyDraft(tenant, m.conversationId(), ReplyDraft.draftIdFor(m.messageId()), m.messageId(), "de", "order_tracking",
                "Guten Tag,\nIhre Bestellung wurde versendet.\nMit freundlichen Grüßen", templateId,
                status == DraftStatus.APPROVED ? DraftStatus.PENDING_APPROVAL : status, null, Instant.now());
        store().saveDraft(draft);
        if (status == DraftStatus.APPROVED) {
            var conversation = store().findConversation(tenant, m.conversationId()).orElseThrow();
            store().approveDraft(tenant, m.conversationId(), draft.draftId(), "agent", conversation.version(), Instant.now());
        }
        return draft;
    }

    private String ref(ReplyDraft d) {
        return "{\"tenantId\":\"" + tenant + "\",\"conversationId\":\"" + d.conversationId() + "\",\"draftId\":\"" + d.draftId() + "\"}";
    }

    @Test
    void should_email_an_approved_amazon_reply_to_the_relay_address_once() {
        automation.save(tenant, AutomationSettings.fromMap(tenant, Map.of("delivery", Map.of("emailFrom", "care@nordwind.example"))));
        ReplyDraft draft = drafted("1", Channel.AMAZON, "x7k2@marketplace.amazon.de", DraftStatus.APPROVED, "order_tracking.de");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)))))).isEmpty();
        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)))))).isEmpty();

        assertThat(aws().sns().emails()).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo("care@nordwind.example");
            assertThat(email.to()).containsExactly("x7k2@marketplace.amazon.de");
            assertThat(email.subject()).isEqualTo("Re: Bestellung O-1");
            assertThat(email.text()).startsWith("Guten Tag");
        });
        assertThat(store().findDraft(draft.ref()).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
    }

    @Test
    void should_title_a_reply_to_a_message_without_subject_in_the_replys_language() {
        automation.save(tenant, AutomationSettings.fromMap(tenant, Map.of("delivery", Map.of("emailFrom", "care@nordwind.example"))));
        ReplyDraft draft = drafted("9", Channel.AMAZON, "q9w8@marketplace.amazon.de", DraftStatus.APPROVED, "order_tracking.de", null);

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-9", ref(draft)))))).isEmpty();

        assertThat(aws().sns().emails()).singleElement().satisfies(email -> assertThat(email.subject()).isEqualTo("Re: Ihre Nachricht"));
    }

    @Test
    void should_post_an_automatic_shopee_reply_to_the_signed_webhook_once_and_stop_the_clock_of_a_fact_grounded_one() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        connector.createContext("/replies", exchange -> {
            received.add(Map.of("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Linkstar-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("X-Linkstar-Signature"),
                    "idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        connector.start();
        try {
            String parameter = "/linkstar/tenants/" + tenant + "/reply-webhook";
            automation.save(tenant, AutomationSettings.fromMap(tenant, Map.of("delivery", Map.of(
                    "webhookUrl", "http://127.0.0.1:" + connector.getAddress().getPort() + "/replies", "webhookSecretParameter", parameter))));
            ReplyDraft draft = drafted("2", Channel.SHOPEE, "buyer-2", DraftStatus.AUTO_SEND, "order_tracking_shipped.de");

            assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)), Record.of("r-2", ref(draft)))))).isEmpty();

            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.get("idempotencyKey")).isEqualTo(draft.draftId());
                assertThat(r.get("body")).contains("\"channel\":\"shopee\"").contains("\"buyer\":\"buyer-2\"").contains("\"automatic\":true")
                        .contains("\"inReplyTo\":\"p-2\"");
                assertThat(r.get("signature")).isEqualTo("sha256=" + FunctionTestSupport.hmac(TestSecretSource.secretOf(parameter), r.get("timestamp") + "." + r.get("body")));
            });
            var conversation = store().findConversation(tenant, "c-2").orElseThrow();
            assertThat(conversation.status()).isEqualTo(ConversationStatus.ANSWERED);
            assertThat(conversation.sla().state()).isEqualTo(SlaState.STOPPED);
            assertThat(conversation.lastReplyAutomatic()).isTrue();
        } finally {
            connector.stop(0);
        }
    }

    @Test
    void should_hold_an_automatic_reply_for_approval_when_the_global_switch_is_on() {
        ReplyDraft draft = drafted("3", Channel.SHOPEE, "buyer-3", DraftStatus.AUTO_SEND, "order_tracking.de");
        automation.setGloballyPaused(true);
        try {
            assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)))))).isEmpty();
        } finally {
            automation.setGloballyPaused(false);
        }
        ReplyDraft held = store().findDraft(draft.ref()).orElseThrow();
        assertThat(held.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(held.escalationReason()).isEqualTo("automation is paused for every tenant");
    }

    @Test
    void should_dead_letter_a_reply_the_tenant_configured_no_delivery_for_and_give_it_back_to_a_person() {
        drain("OutboundDeadLetterQueue");
        ReplyDraft draft = drafted("4", Channel.SHOPEE, "buyer-4", DraftStatus.AUTO_SEND, "order_tracking.de");

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)))))).isEmpty();

        assertThat(drain("OutboundDeadLetterQueue")).singleElement().satisfies(m -> {
            assertThat(m.body()).contains(draft.draftId());
            assertThat(m.messageAttributes().get("linkstar-rejection-reason").stringValue()).contains("no delivery.webhookUrl").contains("PUT /v1/automation");
        });
        ReplyDraft back = store().findDraft(draft.ref()).orElseThrow();
        assertThat(back.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(back.escalationReason()).contains("no delivery.webhookUrl");
        var conversation = store().findConversation(tenant, draft.conversationId()).orElseThrow();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ESCALATED);
        assertThat(conversation.sla().state()).isEqualTo(SlaState.RUNNING);
        // and the seller is told at once on the alert topic
        assertThat(FunctionTestSupport.aws().sns().published()).filteredOn(p -> tenant.equals(p.attributes().get("tenantId")))
                .singleElement().satisfies(p -> {
                    assertThat(p.attributes()).containsEntry("level", "UNDELIVERED").containsEntry("channel", "shopee");
                    assertThat(p.message()).contains("\"level\":\"undelivered\"").contains("no delivery.webhookUrl")
                            .contains(draft.conversationId());
                });
    }

    @Test
    void should_report_a_failing_connector_for_retry() throws Exception {
        HttpServer connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        connector.createContext("/replies", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        connector.start();
        try {
            automation.save(tenant, AutomationSettings.fromMap(tenant, Map.of("delivery", Map.of(
                    "webhookUrl", "http://127.0.0.1:" + connector.getAddress().getPort() + "/replies",
                    "webhookSecretParameter", "/linkstar/tenants/" + tenant + "/reply-webhook"))));
            ReplyDraft draft = drafted("5", Channel.SHOPEE, "buyer-5", DraftStatus.AUTO_SEND, "order_tracking.de");

            assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", ref(draft)))))).containsExactly("r-1");
            assertThat(store().claimSend(draft.ref(), Instant.now(), Instant.now().plusSeconds(1)))
                    .as("the failed send gave its claim back").isEqualTo(com.linkstar.reply.core.port.ConversationStore.SendClaim.CLAIMED);
        } finally {
            connector.stop(0);
        }
    }
}
