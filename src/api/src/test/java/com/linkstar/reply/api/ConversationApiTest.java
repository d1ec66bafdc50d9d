package com.linkstar.reply.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.DynamoDbConversationStore;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSwitches;
import com.linkstar.reply.core.usecase.SendReply;
import com.linkstar.reply.testsupport.HttpApiEventJson;
import com.linkstar.reply.testsupport.LocalAwsTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API through its real entry point: API Gateway v2 events with JWT claims, posted to the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(LocalAwsTestResource.class)
class ConversationApiTest {

    private String tenant;
    private String otherTenant;
    private DynamoDbConversationStore store;

    record Reply(int status, JsonPath body) {
    }

    @BeforeEach
    void given_two_tenants() {
        var aws = LocalAwsTestResource.current();
        store = new DynamoDbConversationStore(aws.dynamoClient(), aws.tableName(), Duration.ofDays(30), Clock.systemUTC());
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        otherTenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        store.activateTenant(tenant, "Seller A");
        store.activateTenant(otherTenant, "Seller B");
    }

    private Reply call(String tenantId, String method, String path, String query, String body) {
        return callWithType(tenantId, method, path, query, body, "application/json");
    }

    private Reply callWithType(String tenantId, String method, String path, String body, String contentType) {
        return callWithType(tenantId, method, path, null, body, contentType);
    }

    private Reply callWithType(String tenantId, String method, String path, String query, String body, String contentType) {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        Map<String, String> claims = tenantId == null ? Map.of("sub", "agent-1") : Map.of("sub", "agent-1", "custom:tenant_id", tenantId);
        JsonPath response = given().port(port).contentType("application/json")
                .body(HttpApiEventJson.of(method, path, query, body, claims, contentType))
                .post("/_lambda_").then().statusCode(200).extract().jsonPath();
        String responseBody = response.getString("body");
        return new Reply(response.getInt("statusCode"), responseBody == null || responseBody.isEmpty() ? null : new JsonPath(responseBody));
    }

    /** A conversation as the pipeline leaves it: message stored, labeled, drafted for approval. */
    private String drafted(String tenantId, String platformId) {
        var m = new BuyerMessage(tenantId, "uk-store", Channel.AMAZON, "amazon.co.uk", "c-" + platformId, "m-" + platformId, platformId,
                "026-1234567-1234567", "b@marketplace.amazon.co.uk", null, "Where is my parcel?", Instant.now().minusSeconds(60));
        store.recordInbound(m, SlaTimer.running(m.receivedAt(), Instant.now().plusSeconds(86_400), null));
        var label = new RulesClassifier().classify(m.text());
        store.saveLabel(m.ref(), label);
        store.saveDraft(new TemplateDrafter(ReplyTemplates.bundled()).draft(m, label, Instant.now()));
        return m.conversationId();
    }

    @Test
    void should_queue_a_submitted_message_under_the_callers_tenant_not_the_bodys() {
        String body = "{\"tenantId\":\"" + otherTenant + "\",\"storeId\":\"s1\",\"channel\":\"shopify\",\"platformMessageId\":\"wh-1\","
                + "\"buyerHandle\":\"jane\",\"text\":\"Can I change my address?\",\"receivedAt\":\"" + Instant.now().minusSeconds(5) + "\"}";
        Reply reply = call(tenant, "POST", "/v1/messages", null, body);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body().getString("messageId")).startsWith("m-");
        var sqs = LocalAwsTestResource.current().sqsClient();
        var queued = sqs.receiveMessage(r -> r.queueUrl(LocalAwsTestResource.current().queueUrl("IngestQueue")).maxNumberOfMessages(10))
                .messages();
        assertThat(queued).anySatisfy(m -> assertThat(m.body()).contains("\"tenantId\":\"" + tenant + "\"").doesNotContain(otherTenant));
    }

    @Test
    void should_answer_400_with_the_reason_for_an_invalid_message() {
        Reply reply = call(tenant, "POST", "/v1/messages", null, "{\"storeId\":\"s1\",\"channel\":\"fax\",\"text\":\"\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().getString("error")).contains("unknown channel 'fax'").contains("text is required")
                .contains("platformMessageId is required");
    }

    @Test
    void should_answer_401_without_a_tenant_claim() {
        assertThat(call(null, "GET", "/v1/conversations", null, null).status()).isEqualTo(401);
    }

    @Test
    void should_list_get_and_approve_a_draft_once() {
        String conversationId = drafted(tenant, "p-1");

        Reply list = call(tenant, "GET", "/v1/conversations", "status=PENDING_APPROVAL&limit=10", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().getList("conversations.conversationId", String.class)).containsExactly(conversationId);
        Reply unknownStatus = call(tenant, "GET", "/v1/conversations", "status=DONE", null);
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.body().getString("error")).contains("'DONE'").contains("SENDING").contains("ANSWERED");

        Reply detail = call(tenant, "GET", "/v1/conversations/" + conversationId, null, null);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().getString("conversation.sla.state")).isEqualTo("RUNNING");
        String draftId = detail.body().getString("drafts[0].draftId");
        assertThat(detail.body().getString("drafts[0].text")).contains("026-1234567-1234567");

        Reply approved = call(tenant, "POST", "/v1/conversations/" + conversationId + "/drafts/" + draftId + "/approve", null, null);
        assertThat(approved.status()).isEqualTo(200);
        // approved but not sent yet: approving again queues it again, and counts nothing again
        assertThat(call(tenant, "POST", "/v1/conversations/" + conversationId + "/drafts/" + draftId + "/approve", null, null).status())
                .isEqualTo(200);
        var outbound = LocalAwsTestResource.current().sqsClient().receiveMessage(r -> r.queueUrl(LocalAwsTestResource.current()
                .queueUrl("OutboundQueue")).maxNumberOfMessages(10)).messages();
        assertThat(outbound).hasSize(2).allSatisfy(m -> assertThat(m.body()).contains("\"draftId\":\"" + draftId + "\"")
                .contains("\"tenantId\":\"" + tenant + "\""));

        Reply approvedState = call(tenant, "GET", "/v1/conversations/" + conversationId, null, null);
        assertThat(approvedState.body().getString("conversation.status")).isEqualTo("SENDING");
        assertThat(approvedState.body().getString("conversation.sla.state")).isEqualTo("RUNNING"); // not delivered yet
        assertThat(approvedState.body().getString("drafts[0].status")).isEqualTo("APPROVED");
        assertThat(call(tenant, "GET", "/v1/sla-figures", null, null).body().getInt("total.responses")).isZero();

        // the send stage (its Lambda is tested in the functions module) delivers the queued reply, twice over: sent once
        List<ReplySender.OutboundReply> delivered = new ArrayList<>();
        SendReply send = new SendReply(store, AutomationSwitches.SUGGEST_ONLY, delivered::add, alert -> {
            throw new AssertionError("nothing should fail to deliver here: " + alert);
        }, Clock.systemUTC());
        DraftRef ref = new DraftRef(tenant, conversationId, draftId);
        send.handle(ref);
        send.handle(ref);
        assertThat(delivered).hasSize(1);

        Reply after = call(tenant, "GET", "/v1/conversations/" + conversationId, null, null);
        assertThat(after.body().getString("conversation.status")).isEqualTo("ANSWERED");
        assertThat(after.body().getString("conversation.sla.state")).isEqualTo("STOPPED");
        assertThat(after.body().getString("drafts[0].status")).isEqualTo("SENT");

        Reply figures = call(tenant, "GET", "/v1/sla-figures", null, null); // the last 30 days
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body().getInt("total.responses")).isEqualTo(1); // neither the second approval nor delivery counted again
        assertThat(figures.body().getInt("total.on_time")).isEqualTo(1);
        assertThat(figures.body().getDouble("total.sla_compliance")).isEqualTo(1.0);
        assertThat(figures.body().getDouble("total.average_first_response_seconds")).isBetween(59.0, 300.0);
        assertThat(figures.body().getList("by_channel_and_store.store", String.class)).containsExactly("uk-store");
        assertThat(call(tenant, "GET", "/v1/sla-figures", "channel=ebay", null).body().getInt("total.responses")).isZero();
        assertThat(call(otherTenant, "GET", "/v1/sla-figures", null, null).body().getInt("total.responses")).isZero();
        Reply bad = call(tenant, "GET", "/v1/sla-figures", "from=last-week", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().getString("error")).contains("from must be a date");
    }

    @Test
    void should_hide_another_tenants_conversation_from_every_call() {
        String theirs = drafted(otherTenant, "p-9");
        String draftId = com.linkstar.reply.core.model.ReplyDraft.draftIdFor("m-p-9");

        assertThat(call(tenant, "GET", "/v1/conversations/" + theirs, null, null).status()).isEqualTo(404);
        assertThat(call(tenant, "POST", "/v1/conversations/" + theirs + "/drafts/" + draftId + "/approve", null, null).status())
                .isEqualTo(404);
        assertThat(call(tenant, "GET", "/v1/conversations", null, null).body().getList("conversations")).isEmpty();
        assertThat(store.findConversation(otherTenant, theirs).orElseThrow().status().name()).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void should_switch_auto_send_on_per_channel_and_store_and_pause_it_with_one_call() {
        Reply defaults = call(tenant, "GET", "/v1/automation", null, null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().getList("autoSend")).isEmpty();
        assertThat(defaults.body().getBoolean("paused")).isFalse();

        String settings = "{\"minConfidence\":0.9,\"autoSend\":[{\"channel\":\"shopee\",\"store\":\"sg-pilot\"}],"
                + "\"delivery\":{\"webhookUrl\":\"https://connector.example/replies\",\"webhookSecretParameter\":\"/linkstar/tenants/"
                + tenant + "/reply-webhook\"}}";
        assertThat(call(tenant, "PUT", "/v1/automation", null, settings).status()).isEqualTo(200);
        Reply paused = call(tenant, "POST", "/v1/automation/pause", null, null);
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().getBoolean("paused")).isTrue();
        assertThat(paused.body().getString("autoSend[0].store")).as("pausing keeps the settings").isEqualTo("sg-pilot");
        assertThat(call(otherTenant, "GET", "/v1/automation", null, null).body().getList("autoSend")).isEmpty();
        assertThat(call(tenant, "POST", "/v1/automation/resume", null, null).body().getBoolean("paused")).isFalse();

        Reply refused = call(tenant, "PUT", "/v1/automation", null, "{\"minConfidence\":0.2,\"autoSend\":[{\"channel\":\"wish\"}],"
                + "\"delivery\":{\"webhookUrl\":\"http://x.example/r\",\"webhookSecretParameter\":\"/linkstar/tenants/someone-else/s\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().getString("error")).contains("minConfidence must be a number from 0.5 to 1.0")
                .contains("autoSend[0]: unknown channel 'wish'").contains("under /linkstar/tenants/" + tenant + "/")
                .contains("delivery.webhookUrl must be an https:// URL");
        assertThat(call(tenant, "GET", "/v1/automation", null, null).body().getDouble("minConfidence")).as("unchanged").isEqualTo(0.9);
    }

    @Test
    void should_save_the_tenants_own_templates_only_when_every_channel_allows_them() {
        assertThat(call(tenant, "GET", "/v1/templates", null, null).body().getMap("overrides")).isEmpty();
        String mine = "{\"signature\":\"The Acme team\",\"overrides\":{\"thanks.en\":\"Hi,\\nThank you, glad to help.\\nCheers\"}}";
        assertThat(call(tenant, "PUT", "/v1/templates", null, mine).status()).isEqualTo(200);
        Reply read = call(tenant, "GET", "/v1/templates", null, null);
        assertThat(read.body().getString("signature")).isEqualTo("The Acme team");
        assertThat(read.body().getString("overrides.'thanks.en'")).startsWith("Hi,");
        assertThat(call(otherTenant, "GET", "/v1/templates", null, null).body().getMap("overrides")).isEmpty();

        Reply refused = call(tenant, "PUT", "/v1/templates", null,
                "{\"overrides\":{\"thanks.en\":\"Hi,\\nWrite to us at help@acme.com for 10% off your next order.\\nCheers\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().getString("error")).contains("thanks.en on amazon: email").contains("marketing");
        assertThat(call(tenant, "GET", "/v1/templates", null, null).body().getString("signature")).as("unchanged").isEqualTo("The Acme team");

        // the wording of a confirmed outcome, citing the facts that confirm it, and only those
        String shipped = "{\"overrides\":{\"order_tracking_shipped.en\":\"Hi,\\nGood news: {carrier} has it, tracking {tracking_number}.\\nCheers\"}}";
        assertThat(call(tenant, "PUT", "/v1/templates", null, shipped).status()).isEqualTo(200);
        assertThat(call(tenant, "GET", "/v1/templates", null, null).body().getString("overrides.'order_tracking_shipped.en'")).contains("{carrier}");
        Reply overclaims = call(tenant, "PUT", "/v1/templates", null,
                "{\"overrides\":{\"order_tracking_shipped.en\":\"Hi,\\n{carrier} has it; your refund of {refund_amount} follows.\\nCheers\"}}");
        assertThat(overclaims.status()).isEqualTo(400);
        assertThat(overclaims.body().getString("error")).contains("order_tracking_shipped.en: unknown placeholder {refund_amount}");
    }

    @Test
    void should_read_and_replace_the_tenants_sla_settings_validated() {
        Reply defaults = call(tenant, "GET", "/v1/sla-settings", null, null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().getDouble("warning_share")).isEqualTo(0.75);
        assertThat(defaults.body().getMap("channels")).isEmpty();

        String mine = "{\"own_target\":{\"hours\":2,\"business_hours\":{\"zone\":\"Asia/Shanghai\",\"opens\":\"09:00\",\"closes\":\"18:00\"}},"
                + "\"channels\":{\"lazada/th\":{\"zone\":\"Asia/Bangkok\",\"holidays\":[\"2026-12-05\"]}},\"warning_share\":0.5}";
        Reply saved = call(tenant, "PUT", "/v1/sla-settings", null, mine);
        assertThat(saved.status()).isEqualTo(200);
        Reply read = call(tenant, "GET", "/v1/sla-settings", null, null);
        assertThat(read.body().getString("own_target.business_hours.zone")).isEqualTo("Asia/Shanghai");
        assertThat(read.body().getList("channels.'lazada/th'.holidays", String.class)).containsExactly("2026-12-05");
        assertThat(read.body().getDouble("warning_share")).isEqualTo(0.5);
        assertThat(call(otherTenant, "GET", "/v1/sla-settings", null, null).body().getMap("channels")).isEmpty();

        Reply invalid = call(tenant, "PUT", "/v1/sla-settings", null, "{\"channels\":{\"fax\":{}},\"warning_share\":2}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().getString("error")).contains("unknown channel 'fax'").contains("warning_share");
        assertThat(call(tenant, "GET", "/v1/sla-settings", null, null).body().getDouble("warning_share")).as("unchanged").isEqualTo(0.5);

        Reply foreignSecret = call(tenant, "PUT", "/v1/sla-settings", null, "{\"webhook\":{\"url\":\"https://hooks.example.com/sla\","
                + "\"secret_parameter\":\"/linkstar/tenants/" + otherTenant + "/webhook\"}}");
        assertThat(foreignSecret.status()).isEqualTo(400);
        assertThat(foreignSecret.body().getString("error")).contains("/linkstar/tenants/" + tenant + "/");
    }

    @Test
    void should_read_and_replace_the_tenants_taxonomy_validated_and_versioned() {
        Reply defaults = call(tenant, "GET", "/v1/taxonomy", null, null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().getInt("version")).isZero();
        assertThat(defaults.body().getList("intents.id", String.class)).hasSize(17).contains("invoice_request");

        String mine = "{\"version\":0,\"intents\":[{\"id\":\"warranty_claim\",\"name\":\"Warranty\",\"description\":\"a claim under warranty\","
                + "\"priority\":5,\"flow\":\"ALWAYS_ESCALATE\",\"orderAction\":\"RESHIPMENT\"},{\"id\":\"other\",\"name\":\"Other\","
                + "\"description\":\"anything else\",\"priority\":90,\"flow\":\"SUGGEST_ONLY\"}]}";
        assertThat(call(tenant, "PUT", "/v1/taxonomy", null, mine).status()).isEqualTo(200);
        assertThat(call(tenant, "GET", "/v1/taxonomy", null, null).body().getString("intents[0].orderAction")).isEqualTo("RESHIPMENT");
        assertThat(call(tenant, "PUT", "/v1/taxonomy", null, mine).status()).as("stale version").isEqualTo(409);
        assertThat(call(tenant, "GET", "/v1/taxonomy", null, null).body().getList("intents.id", String.class))
                .containsExactly("warranty_claim", "other");
        assertThat(call(otherTenant, "GET", "/v1/taxonomy", null, null).body().getList("intents.id", String.class)).hasSize(17);

        Reply invalid = call(tenant, "PUT", "/v1/taxonomy", null, "{\"version\":1,\"intents\":[{\"id\":\"x y\",\"name\":\"\","
                + "\"description\":\"d\",\"priority\":500,\"flow\":\"SUGGEST_ONLY\"}]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().getString("error")).contains("'other' cannot be dropped").contains("priority must be 1 to 100");
    }

    @Test
    void should_train_the_tenants_own_intent_model_from_labeled_json_lines() {
        assertThat(call(tenant, "GET", "/v1/intent-model", null, null).status()).isEqualTo(404);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            history.append("{\"text\":\"is the warranty card stamped for unit ").append(i).append("\",\"intent\":\"pre_sale_question\"}\n");
            history.append("{\"text\":\"my parcel ").append(i).append(" never came\",\"intent\":\"delivery_problem\"}\n");
        }
        Reply trained = callWithType(tenant, "PUT", "/v1/intent-model", history.toString(), "application/x-ndjson");
        assertThat(trained.status()).isEqualTo(200);
        assertThat(trained.body().getInt("version")).isEqualTo(1);
        assertThat(trained.body().getInt("examples")).isEqualTo(30);
        assertThat(call(tenant, "GET", "/v1/intent-model", null, null).body().getInt("intents")).isEqualTo(2);
        assertThat(call(otherTenant, "GET", "/v1/intent-model", null, null).status()).isEqualTo(404);

        var models = new com.linkstar.reply.aws.DynamoDbIntentModelStore(LocalAwsTestResource.current().dynamoClient(),
                LocalAwsTestResource.current().tableName(), Clock.systemUTC());
        assertThat(models.load(tenant).orElseThrow().predict("is the warranty card stamped?").intent()).isEqualTo("pre_sale_question");
        assertThat(models.promptExamples(tenant)).hasSize(10) // five per intent, kept with the model for the LLM's prompt
                .extracting(com.linkstar.reply.core.classify.model.LinearIntentModel.Example::intent).containsOnly("pre_sale_question", "delivery_problem");

        // imported conversations: the buyer's messages are the text, the seller's replies are left out
        StringBuilder conversations = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            conversations.append("{\"intent\":\"cancel_order\",\"messages\":[{\"role\":\"buyer\",\"text\":\"please stop order ").append(i)
                    .append(" before it leaves\"},{\"role\":\"seller\",\"text\":\"we will check the shipping status\"}]}\n");
            conversations.append("{\"intent\":\"invoice_request\",\"messages\":[{\"from\":\"customer\",\"text\":\"need the VAT paperwork for order ")
                    .append(i).append("\"}]}\n");
        }
        Reply imported = callWithType(tenant, "PUT", "/v1/intent-model", conversations.toString(), "application/x-ndjson");
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        assertThat(imported.body().getInt("version")).isEqualTo(2);
        assertThat(models.promptExamples(tenant)).extracting(com.linkstar.reply.core.classify.model.LinearIntentModel.Example::text)
                .allSatisfy(text -> assertThat(text).doesNotContain("we will check the shipping status"));
        assertThat(models.load(tenant).orElseThrow().predict("please stop my order before it leaves").intent()).isEqualTo("cancel_order");
        Reply sellerOnly = callWithType(tenant, "PUT", "/v1/intent-model",
                "{\"intent\":\"cancel_order\",\"messages\":[{\"role\":\"seller\",\"text\":\"hello\"}]}\n", "application/x-ndjson");
        assertThat(sellerOnly.status()).isEqualTo(400);
        assertThat(sellerOnly.body().getString("error")).contains("line 1: needs \"intent\" and either \"text\" or an imported conversation");

        Reply bad = callWithType(tenant, "PUT", "/v1/intent-model", "{\"text\":\"x\",\"intent\":\"made_up\"}\nnot json\n", "application/x-ndjson");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().getString("error")).contains("line 1: intent 'made_up' is not in your taxonomy").contains("line 2: not a JSON object");
    }

    @Test
    void should_answer_400_for_a_bad_filter() {
        assertThat(call(tenant, "GET", "/v1/conversations", "status=SLEEPING", null).status()).isEqualTo(400);
        assertThat(call(tenant, "GET", "/v1/conversations", "channel=fax", null).status()).isEqualTo(400);
        assertThat(call(tenant, "GET", "/v1/conversations", "limit=1000", null).status()).isEqualTo(400);
    }
}
