package com.linkstar.reply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.cli.local.LocalRuntime;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.usecase.MessageNormalizer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The pipeline end to end through real queues: the packaged functions and API (as built by this reactor) run by AWS's
 * runtime interface client, fed by SQS event source mappings from ElasticMQ, state in DynamoDB Local.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContract {

    private LocalRuntime runtime;
    private static final MessageNormalizer NORMALIZER = new MessageNormalizer(Clock.systemUTC());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * Where the table and queues live: the in-process stand-ins or LocalStack.
     *
     * @param environment what every function gets on top of the stack's settings
     */
    protected abstract LocalRuntime startRuntime(java.util.Map<String, String> environment) throws Exception;

    /** How many e-mails the stack's SES has sent to the address. */
    protected abstract long emailsSentTo(LocalRuntime runtime, String address) throws Exception;

    /** An e-mail address the stack's SES may send from. */
    protected void verifySender(LocalRuntime runtime, String address) throws Exception {
    }

    private ErpStub erp;

    @BeforeAll
    void start_the_local_stack() throws Exception {
        erp = new ErpStub();
        runtime = startRuntime(java.util.Map.of("LINKSTAR_ORDER_DATA_URL", erp.url().toString()));
    }

    @AfterAll
    void stop_the_local_stack() {
        if (runtime != null) {
            runtime.close();
        }
        if (erp != null) {
            erp.close();
        }
    }

    private static InboundMessage message(String text, String orderId) {
        String id = UUID.randomUUID().toString();
        return new InboundMessage("demo", "e2e-store", "amazon", "amazon.de", null, "e2e-" + id, orderId,
                "buyer-" + id + "@marketplace.amazon.de", null, text, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private Outcomes.Outcome awaitDraft(BuyerMessage expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var outcome = Outcomes.finished(runtime.store(), expected);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no draft for " + expected.messageId() + " within 60 s; see target/local/logs");
    }

    /** Waits until no stage queue holds a visible or in-flight message, i.e. every delivery was handled. */
    private void awaitQuietQueues() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runtime.stageQueuesBusy() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stage queues still busy after 60 s");
            }
            Thread.sleep(200);
        }
    }

    @Test
    void should_turn_a_buyer_message_into_a_stored_draft_with_a_running_sla_clock() throws Exception {
        InboundMessage inbound = message("Hallo, wo ist meine Bestellung? Ich warte schon lange.", "302-1000000-0000001");
        runtime.send(inbound);

        var outcome = awaitDraft(NORMALIZER.normalize(inbound));
        assertThat(outcome.label().intent()).isEqualTo("order_tracking");
        assertThat(outcome.label().language()).isEqualTo("de");
        assertThat(outcome.draft().status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(outcome.draft().text()).contains("302-1000000-0000001").startsWith("Guten Tag");
        assertThat(outcome.conversation().status()).isEqualTo(ConversationStatus.PENDING_APPROVAL);
        assertThat(outcome.conversation().sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(outcome.conversation().sla().dueAt()).isEqualTo(Instant.parse(inbound.receivedAt()).plus(Duration.ofHours(24)));
    }

    @Test
    void should_leave_one_message_one_label_and_one_draft_when_a_message_is_delivered_twice() throws Exception {
        InboundMessage inbound = message("I will contact my lawyer if the refund does not arrive", null);
        runtime.send(inbound);
        runtime.send(inbound);
        BuyerMessage expected = NORMALIZER.normalize(inbound);
        awaitDraft(expected);
        awaitQuietQueues();

        var detail = runtime.store().findConversationDetail("demo", expected.conversationId()).orElseThrow();
        assertThat(detail.messages()).hasSize(1);
        assertThat(detail.labelsByMessageId()).hasSize(1);
        assertThat(detail.drafts()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(DraftStatus.ESCALATED));
        assertThat(detail.conversation().risks()).contains(RiskSignal.LEGAL_THREAT);
    }

    /** Last: its malformed record stays in flight for the queue's visibility timeout, so the queues are not quiet after it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void should_report_a_malformed_record_as_failed_while_its_neighbours_succeed() throws Exception {
        long failedBefore = runtime.failedRecords();
        InboundMessage first = message("Please cancel my order", "A-1");
        InboundMessage second = message("The charger is missing from the box", "A-2");
        var json = PayloadJson.newMapper();
        String firstBody = json.writeValueAsString(first);
        String secondBody = json.writeValueAsString(second);
        runtime.aws().sqsClient().sendMessageBatch(r -> r.queueUrl(runtime.aws().queueUrl("IngestQueue")).entries(
                SendMessageBatchRequestEntry.builder().id("1").messageBody(firstBody).build(),
                SendMessageBatchRequestEntry.builder().id("2").messageBody("{ this is not json").build(),
                SendMessageBatchRequestEntry.builder().id("3").messageBody(secondBody).build()));

        assertThat(awaitDraft(NORMALIZER.normalize(first)).label().intent()).isEqualTo("cancel_order");
        assertThat(awaitDraft(NORMALIZER.normalize(second)).label().intent()).isEqualTo("missing_parts");
        assertThat(runtime.failedRecords()).isGreaterThan(failedBefore);
    }

    private HttpResponse<String> http(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.apiPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static InboundMessage inConversation(String conversationId, String text, Instant receivedAt) {
        return new InboundMessage("demo", "e2e-store", "amazon", "amazon.de", conversationId, "e2e-" + UUID.randomUUID(), null,
                "buyer-lc@marketplace.amazon.de",
                null, text, receivedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    @Test
    void should_run_a_conversations_clock_through_its_lifecycle() throws Exception {
        String conversation = "lc-" + UUID.randomUUID();
        Instant first = Instant.now().minus(Duration.ofHours(2));
        var a = awaitDraft(NORMALIZER.normalize(send(inConversation(conversation, "Where is my parcel? Order placed last week.", first))));
        Instant due = a.conversation().sla().dueAt();
        assertThat(due).isEqualTo(first.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(24)));

        // a second message while the buyer still waits keeps the earliest due time
        var b = awaitDraft(NORMALIZER.normalize(send(inConversation(conversation, "Any news? Still nothing here.", first.plus(Duration.ofHours(1))))));
        assertThat(b.conversation().sla().dueAt()).isEqualTo(due);
        assertThat(b.conversation().sla().startedAt()).isEqualTo(first.truncatedTo(ChronoUnit.SECONDS));

        // a substantive reply (an approved draft) stops the clock when the send stage has delivered it
        String approve = "/v1/conversations/" + conversation + "/drafts/" + b.draft().draftId() + "/approve";
        assertThat(http("POST", approve, "local-demo-token", null).statusCode()).isEqualTo(200);
        awaitQuietQueues();
        assertThat(runtime.store().findConversation("demo", conversation).orElseThrow().sla().state()).isEqualTo(SlaState.STOPPED);
        assertThat(http("GET", "/v1/sla-figures?channel=amazon&store=e2e-store", "local-demo-token", null).body())
                .contains("\"on_time\":").contains("\"first_responses\":");

        // the buyer writes again after the reply: a next-response clock starts from that message
        Instant later = Instant.now();
        var c = awaitDraft(NORMALIZER.normalize(send(inConversation(conversation, "The tracking link does not work", later))));
        assertThat(c.conversation().sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(c.conversation().sla().startedAt()).isEqualTo(later.truncatedTo(ChronoUnit.SECONDS));

        // thanks only, on Amazon: no response needed, the clock closes
        String thanks = "lc-" + UUID.randomUUID();
        var t = awaitDraft(NORMALIZER.normalize(send(inConversation(thanks, "Got it, thank you!", Instant.now()))));
        awaitQuietQueues();
        assertThat(runtime.store().findConversation("demo", t.conversation().conversationId()).orElseThrow().sla().state())
                .isEqualTo(SlaState.CLOSED);
    }

    /**
     * A tenant that lets tracking questions go out automatically on Amazon store "auto-store", by e-mail through SES. The
     * properties of DESIGN's human control, through the real queues and the packaged functions: a fact-free automatic
     * reply is sent once even when its outbound record is delivered again; a legal threat is never sent; the tenant's
     * switch stops auto-send from the next message on.
     */
    @Test
    void should_auto_send_only_what_the_tenant_allows_once_and_stop_at_the_switch() throws Exception {
        String tenant = "auto-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.store().activateTenant(tenant, "Auto-send seller");
        var dynamo = runtime.aws().dynamoClient();
        var taxonomies = new com.linkstar.reply.aws.DynamoDbTaxonomyStore(dynamo, runtime.aws().tableName(), Clock.systemUTC());
        var intents = new java.util.ArrayList<com.linkstar.reply.core.taxonomy.IntentDefinition>();
        for (var d : com.linkstar.reply.core.taxonomy.Taxonomy.defaults().intents()) {
            intents.add(d.id().equals("order_tracking") ? new com.linkstar.reply.core.taxonomy.IntentDefinition(d.id(), d.name(),
                    d.description(), d.priority(), com.linkstar.reply.core.taxonomy.IntentFlow.AUTO_REPLY_ALLOWED) : d);
        }
        assertThat(taxonomies.save(tenant, com.linkstar.reply.core.taxonomy.Taxonomy.of(intents), 0)).isTrue();
        var automation = new com.linkstar.reply.aws.DynamoDbAutomationSettingsStore(dynamo, runtime.aws().tableName());
        verifySender(runtime, "care@auto-seller.example");
        automation.save(tenant, com.linkstar.reply.core.routing.AutomationSettings.fromMap(tenant, java.util.Map.of(
                "autoSend", java.util.List.of(java.util.Map.of("channel", "amazon", "store", "auto-store")),
                "delivery", java.util.Map.of("emailFrom", "care@auto-seller.example"))));

        // a tracking question: drafted, sent automatically, once even when the outbound record comes twice
        InboundMessage tracking = autoStore(tenant, "Where is my order? I ordered it last week.");
        runtime.send(tracking);
        BuyerMessage trackingMessage = NORMALIZER.normalize(tracking);
        awaitDraft(trackingMessage);
        awaitQuietQueues();
        var sent = runtime.store().findDraft(new com.linkstar.reply.core.model.DraftRef(tenant, trackingMessage.conversationId(),
                com.linkstar.reply.core.model.ReplyDraft.draftIdFor(trackingMessage.messageId()))).orElseThrow();
        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        String outbound = PayloadJson.newMapper().writeValueAsString(sent.ref());
        runtime.aws().sqsClient().sendMessage(r -> r.queueUrl(runtime.aws().queueUrl("OutboundQueue")).messageBody(outbound));
        awaitQuietQueues();
        assertThat(emailsSentTo(runtime, tracking.buyerHandle())).isEqualTo(1);
        // a "we are checking" reply is an acknowledgement: the clock keeps running
        assertThat(runtime.store().findConversation(tenant, trackingMessage.conversationId()).orElseThrow().sla().state())
                .isEqualTo(SlaState.RUNNING);

        // a legal threat with the same intent: a person handles it, nothing is sent
        InboundMessage threat = autoStore(tenant, "Where is my order? If it is not here by Friday my lawyer will sue you.");
        runtime.send(threat);
        var escalated = awaitDraft(NORMALIZER.normalize(threat));
        assertThat(escalated.draft().status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(escalated.draft().escalationReason()).contains("legal_threat");

        // the tenant's switch: the very next message waits for approval
        automation.setPaused(tenant, true);
        InboundMessage afterPause = autoStore(tenant, "Where is my order? Can you send the tracking number?");
        runtime.send(afterPause);
        var held = awaitDraft(NORMALIZER.normalize(afterPause));
        assertThat(held.draft().status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(held.draft().escalationReason()).isEqualTo("automation is paused for this tenant");
        awaitQuietQueues();
        assertThat(emailsSentTo(runtime, threat.buyerHandle())).isZero();
        assertThat(emailsSentTo(runtime, afterPause.buyerHandle())).isZero();
    }

    @Test
    void should_state_a_return_authorisation_only_when_the_erp_confirmed_the_action() throws Exception {
        String tenant = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.store().activateTenant(tenant, "ERP seller");
        var taxonomies = new com.linkstar.reply.aws.DynamoDbTaxonomyStore(runtime.aws().dynamoClient(), runtime.aws().tableName(), Clock.systemUTC());
        var intents = new java.util.ArrayList<com.linkstar.reply.core.taxonomy.IntentDefinition>();
        for (var d : com.linkstar.reply.core.taxonomy.Taxonomy.defaults().intents()) {
            intents.add(d.id().equals("return_request") ? d.withOrderAction(com.linkstar.reply.core.port.OrderActionKind.RETURN_AUTHORIZATION) : d);
        }
        assertThat(taxonomies.save(tenant, com.linkstar.reply.core.taxonomy.Taxonomy.of(intents), 0)).isTrue();
        String id = UUID.randomUUID().toString().substring(0, 8);

        InboundMessage confirmed = returnRequest(tenant, "OK-" + id);
        InboundMessage failed = returnRequest(tenant, "FAIL-" + id);
        runtime.send(confirmed);
        runtime.send(failed);
        var authorised = awaitDraft(NORMALIZER.normalize(confirmed)).draft();
        var unconfirmed = awaitDraft(NORMALIZER.normalize(failed)).draft();

        assertThat(authorised.templateId()).isEqualTo("return_request_authorized.en");
        assertThat(authorised.text()).contains("RMA-OK-" + id);
        assertThat(authorised.complianceFindings()).isEmpty();
        // the ERP answered 500: the draft says what will be checked and promises nothing
        assertThat(unconfirmed.templateId()).isEqualTo("return_request.en@amazon");
        assertThat(unconfirmed.text()).doesNotContain("RMA").doesNotContainIgnoringCase("authoris");
        assertThat(unconfirmed.complianceFindings()).isEmpty();
        assertThat(erp.actionRequests()).anySatisfy(r -> assertThat(r).startsWith("OK-" + id + " " + NORMALIZER.normalize(confirmed).messageId())
                .contains("\"kind\":\"return_authorization\""));
    }

    private static InboundMessage returnRequest(String tenant, String orderId) {
        return new InboundMessage(tenant, "erp-store", "amazon", "amazon.com", null, "erp-" + UUID.randomUUID(), orderId,
                "erp@marketplace.amazon.com", null, "Hello, I would like to return this item. How do I send it back?",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static InboundMessage autoStore(String tenant, String text) {
        String id = UUID.randomUUID().toString();
        return new InboundMessage(tenant, "auto-store", "amazon", "amazon.de", null, "auto-" + id, null,
                "b" + id.substring(0, 8) + "@marketplace.amazon.de", "Bestellung", text, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private InboundMessage send(InboundMessage inbound) throws Exception {
        runtime.send(inbound);
        return inbound;
    }

    /**
     * A channel answered through the seller's connector: the approved reply is posted once, signed with the tenant's
     * secret that the send function read from SSM, to the local connector, which verified it before putting it in the
     * outbox; only then is the conversation answered.
     */
    @Test
    void should_post_an_approved_shopee_reply_signed_to_the_connector_once() throws Exception {
        String id = UUID.randomUUID().toString();
        InboundMessage inbound = new InboundMessage("demo", "e2e-shopee", "shopee", "shopee.com.mx", null, "shp-" + id, "240613MX" + id.substring(0, 6),
                "buyer-" + id.substring(0, 8), null, "Hola, ¿dónde está mi pedido? ¿Cuándo llega?", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        var outcome = awaitDraft(NORMALIZER.normalize(send(inbound)));
        assertThat(outcome.draft().status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        String conversation = outcome.conversation().conversationId();
        String approve = "/v1/conversations/" + conversation + "/drafts/" + outcome.draft().draftId() + "/approve";
        assertThat(http("POST", approve, "local-demo-token", null).statusCode()).isEqualTo(200);
        awaitQuietQueues();

        var delivered = runtime.outbox().delivered().stream().filter(d -> conversation.equals(d.conversationId())).toList();
        assertThat(delivered).singleElement().satisfies(d -> {
            assertThat(d.via()).isEqualTo("webhook");
            assertThat(d.channel()).isEqualTo("shopee");
            assertThat(d.recipient()).isEqualTo(inbound.buyerHandle());
            var posted = PayloadJson.newMapper().readTree(d.file().toFile());
            assertThat(posted.path("draftId").asText()).isEqualTo(outcome.draft().draftId());
            assertThat(posted.path("language").asText()).isEqualTo("es");
            assertThat(posted.path("text").asText()).isEqualTo(outcome.draft().text()).isNotBlank();
        });
        var answered = runtime.store().findConversation("demo", conversation).orElseThrow();
        assertThat(answered.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(answered.sla().state()).isEqualTo(SlaState.STOPPED);
    }

    @Test
    void should_serve_the_api_on_localhost_through_the_gateway_scoped_to_the_token_tenant() throws Exception {
        InboundMessage inbound = message("Can I get an invoice for my company?", "INV-77");
        String body = PayloadJson.newMapper().writeValueAsString(inbound);

        assertThat(http("POST", "/v1/messages", null, body).statusCode()).isEqualTo(401);
        var accepted = http("POST", "/v1/messages", "local-demo-token", body);
        assertThat(accepted.statusCode()).isEqualTo(202);
        var outcome = awaitDraft(NORMALIZER.normalize(inbound));
        String conversation = "/v1/conversations/" + outcome.conversation().conversationId();

        assertThat(http("GET", conversation, "local-acme-token", null).statusCode()).isEqualTo(404);
        var mine = http("GET", conversation, "local-demo-token", null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("invoice_request");

        String approve = conversation + "/drafts/" + outcome.draft().draftId() + "/approve";
        assertThat(http("POST", approve, "local-acme-token", null).statusCode()).isEqualTo(404);
        assertThat(http("POST", approve, "local-demo-token", null).statusCode()).isEqualTo(200);
        awaitQuietQueues(); // delivered by the send stage: only then is it answered
        var answered = runtime.store().findConversation("demo", outcome.conversation().conversationId()).orElseThrow();
        assertThat(answered.status()).isEqualTo(ConversationStatus.ANSWERED);
        assertThat(answered.sla().state()).isEqualTo(SlaState.STOPPED);
    }
}
