package com.linkstar.reply.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts {@link EmbeddedAws} for a {@code @QuarkusTest} and points the Quarkus AWS clients and the Linkstar
 * configuration at it. {@link #current()} gives tests the running stand-ins.
 */
public class LocalAwsTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String STACK = "linkstar-test";
    private static volatile EmbeddedAws current;

    public static EmbeddedAws current() {
        if (current == null) {
            throw new IllegalStateException("LocalAwsTestResource is not running");
        }
        return current;
    }

    @Override
    public Map<String, String> start() {
        current = EmbeddedAws.start(SamTemplate.locate(), STACK);
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"dynamodb", "sqs", "sns"}) {
            config.put("quarkus." + service + ".aws.region", EmbeddedAws.REGION.id());
            config.put("quarkus." + service + ".aws.credentials.type", "static");
            config.put("quarkus." + service + ".aws.credentials.static-provider.access-key-id", EmbeddedAws.ACCESS_KEY);
            config.put("quarkus." + service + ".aws.credentials.static-provider.secret-access-key", EmbeddedAws.SECRET_KEY);
        }
        config.put("quarkus.dynamodb.endpoint-override", current.dynamoEndpoint().toString());
        config.put("quarkus.sqs.endpoint-override", current.sqsEndpoint().toString());
        config.put("quarkus.sns.endpoint-override", current.snsEndpoint().toString());
        config.put("linkstar.table", current.tableName());
        config.put("linkstar.queues.ingest", current.queueUrl("IngestQueue"));
        config.put("linkstar.queues.classify", current.queueUrl("ClassifyQueue"));
        config.put("linkstar.queues.draft", current.queueUrl("DraftQueue"));
        config.put("linkstar.dead-letter-queues.ingest", current.queueUrl("IngestDeadLetterQueue"));
        config.put("linkstar.dead-letter-queues.classify", current.queueUrl("ClassifyDeadLetterQueue"));
        config.put("linkstar.dead-letter-queues.draft", current.queueUrl("DraftDeadLetterQueue"));
        config.put("linkstar.alert-topic-arn", EmbeddedAws.LOCAL_TOPIC_ARN);
        return config;
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
