package com.linkstar.reply.functions;

import static io.restassured.RestAssured.given;

import com.linkstar.reply.aws.DynamoDbConversationStore;
import com.linkstar.reply.aws.DynamoDbSlaSettingsStore;
import com.linkstar.reply.testsupport.EmbeddedAws;
import com.linkstar.reply.testsupport.LocalAwsTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** Shared steps of the function tests: post a Lambda event to the mock event server, read queues and the table. */
final class FunctionTestSupport {

    private FunctionTestSupport() {
    }

    static EmbeddedAws aws() {
        return LocalAwsTestResource.current();
    }

    static DynamoDbSlaSettingsStore slaSettings() {
        return new DynamoDbSlaSettingsStore(aws().dynamoClient(), aws().tableName(), Clock.systemUTC());
    }

    static DynamoDbConversationStore store() {
        return new DynamoDbConversationStore(aws().dynamoClient(), aws().tableName(), Duration.ofDays(30), Clock.systemUTC());
    }

    static String newTenant() {
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        store().activateTenant(tenant, "Test seller " + tenant);
        return tenant;
    }

    /** Sends the event as Lambda would and returns the function's response. */
    static JsonPath invoke(String eventJson) {
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        return given().port(port).contentType("application/json").body(eventJson)
                .when().post("/")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    static List<String> failedIds(JsonPath response) {
        return response.getList("batchItemFailures.itemIdentifier", String.class);
    }

    /** Drains a queue (test queues are private to one Quarkus start). */
    static List<Message> drain(String logicalId) {
        var sqs = aws().sqsClient();
        String url = aws().queueUrl(logicalId);
        List<Message> all = new java.util.ArrayList<>();
        while (true) {
            var batch = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0)
                    .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                return all;
            }
            all.addAll(batch);
            batch.forEach(m -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle())));
        }
    }

    /** The receiver's side of a webhook signature, written out with the JDK's Mac: what a tenant's endpoint computes. */
    static String hmac(String secret, String payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
