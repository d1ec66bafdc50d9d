package com.linkstar.reply.testsupport;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * DynamoDB Local, ElasticMQ and {@link LocalSns}, in this process, on free loopback ports, with the table, queues and
 * topic that template.yaml defines. Used by the tests and by {@code linkstar local}: no Docker, no AWS account.
 */
public final class EmbeddedAws implements AutoCloseable {

    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";
    public static final String LOCAL_TOPIC_ARN = "arn:aws:sns:us-east-1:000000000000:linkstar-local-alerts";

    private final DynamoDBProxyServer dynamoServer;
    private final SQSRestServer sqsServer;
    private final LocalSns sns;
    private final URI dynamoEndpoint;
    private final URI sqsEndpoint;
    private final String tableName;
    /** Logical id in template.yaml → queue URL. */
    private final Map<String, String> queueUrls;

    private EmbeddedAws(DynamoDBProxyServer dynamoServer, SQSRestServer sqsServer, LocalSns sns, URI dynamoEndpoint, URI sqsEndpoint,
            String tableName, Map<String, String> queueUrls) {
        this.dynamoServer = dynamoServer;
        this.sqsServer = sqsServer;
        this.sns = sns;
        this.dynamoEndpoint = dynamoEndpoint;
        this.sqsEndpoint = sqsEndpoint;
        this.tableName = tableName;
        this.queueUrls = queueUrls;
    }

    /** Starts the stand-ins and creates every AWS::DynamoDB::Table and AWS::SQS::Queue of the template. */
    public static EmbeddedAws start(Path templateFile, String stackName) {
        SamTemplate template = SamTemplate.load(templateFile);
        DynamoDBProxyServer dynamoServer = null;
        SQSRestServer sqsServer = null;
        LocalSns sns = null;
        try {
            int dynamoPort = freePort();
            dynamoServer = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(dynamoPort), "-disableTelemetry"});
            dynamoServer.start();
            sqsServer = SQSRestServerBuilder.withDynamicPort().withInterface("127.0.0.1").start();
            int sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
            sns = LocalSns.start();
            URI dynamoEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);
            URI sqsEndpoint = URI.create("http://127.0.0.1:" + sqsPort);
            String table;
            Map<String, String> queues;
            try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), dynamoEndpoint, List.of());
                    SqsClient sqs = client(SqsClient.builder(), sqsEndpoint, List.of())) {
                table = createTables(template, stackName, dynamo);
                queues = createQueues(template, stackName, sqs);
            }
            return new EmbeddedAws(dynamoServer, sqsServer, sns, dynamoEndpoint, sqsEndpoint, table, queues);
        } catch (Exception e) {
            stopQuietly(dynamoServer, sqsServer, sns);
            throw new IllegalStateException("cannot start the embedded AWS stand-ins: " + e.getMessage(), e);
        }
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    public URI snsEndpoint() {
        return sns.endpoint();
    }

    public LocalSns sns() {
        return sns;
    }

    public String tableName() {
        return tableName;
    }

    /** @param logicalId the queue's logical id in template.yaml, e.g. {@code IngestQueue} */
    public String queueUrl(String logicalId) {
        String url = queueUrls.get(logicalId);
        if (url == null) {
            throw new IllegalArgumentException("template.yaml defines no queue " + logicalId + "; it has " + queueUrls.keySet());
        }
        return url;
    }

    public Map<String, String> queueUrls() {
        return Map.copyOf(queueUrls);
    }

    public DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return client(DynamoDbClient.builder(), dynamoEndpoint, List.of(interceptors));
    }

    public SqsClient sqsClient(ExecutionInterceptor... interceptors) {
        return client(SqsClient.builder(), sqsEndpoint, List.of(interceptors));
    }

    public SnsClient snsClient(ExecutionInterceptor... interceptors) {
        return client(SnsClient.builder(), sns.endpoint(), List.of(interceptors));
    }

    @SuppressWarnings("unchecked")
    private static <C, B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>
            & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>> C client(B builder, URI endpoint,
            List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
        interceptors.forEach(override::addExecutionInterceptor);
        return builder.endpointOverride(endpoint).region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(override.build())
                .build();
    }

    @SuppressWarnings("unchecked")
    private static String createTables(SamTemplate template, String stackName, DynamoDbClient dynamo) {
        String last = null;
        for (Map<String, Object> resource : template.resourcesOfType("AWS::DynamoDB::Table").values()) {
            Map<String, Object> p = SamTemplate.properties(resource);
            String name = SamTemplate.resolveName(p.get("TableName"), stackName);
            List<AttributeDefinition> attributes = new ArrayList<>();
            for (Map<String, Object> a : (List<Map<String, Object>>) p.get("AttributeDefinitions")) {
                attributes.add(AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                        .attributeType(ScalarAttributeType.fromValue((String) a.get("AttributeType"))).build());
            }
            List<GlobalSecondaryIndex> indexes = new ArrayList<>();
            for (Map<String, Object> g : (List<Map<String, Object>>) p.getOrDefault("GlobalSecondaryIndexes", List.of())) {
                Map<String, Object> projection = (Map<String, Object>) g.get("Projection");
                Projection.Builder pb = Projection.builder().projectionType(ProjectionType.fromValue((String) projection.get("ProjectionType")));
                if (projection.containsKey("NonKeyAttributes")) {
                    pb.nonKeyAttributes((List<String>) projection.get("NonKeyAttributes"));
                }
                indexes.add(GlobalSecondaryIndex.builder().indexName((String) g.get("IndexName"))
                        .keySchema(keySchema((List<Map<String, Object>>) g.get("KeySchema"))).projection(pb.build()).build());
            }
            dynamo.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST).attributeDefinitions(attributes)
                    .keySchema(keySchema((List<Map<String, Object>>) p.get("KeySchema")))
                    .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes));
            last = name;
        }
        if (last == null) {
            throw new IllegalStateException("template.yaml defines no AWS::DynamoDB::Table");
        }
        return last;
    }

    private static List<KeySchemaElement> keySchema(List<Map<String, Object>> elements) {
        return elements.stream().map(e -> KeySchemaElement.builder().attributeName((String) e.get("AttributeName"))
                .keyType(KeyType.fromValue((String) e.get("KeyType"))).build()).toList();
    }

    /** Dead-letter queues first, so that each source queue's redrive policy can point at its DLQ's ARN. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> createQueues(SamTemplate template, String stackName, SqsClient sqs) {
        Map<String, Map<String, Object>> queues = template.resourcesOfType("AWS::SQS::Queue");
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> arns = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        queues.forEach((id, q) -> {
            if (!SamTemplate.properties(q).containsKey("RedrivePolicy")) {
                order.add(id);
            }
        });
        queues.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            Map<String, Object> p = SamTemplate.properties(queues.get(id));
            String name = SamTemplate.resolveName(p.get("QueueName"), stackName);
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            if (p.get("VisibilityTimeout") != null) {
                attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, p.get("VisibilityTimeout").toString());
            }
            if (p.get("RedrivePolicy") instanceof Map<?, ?> redrive) {
                Object target = redrive.get("deadLetterTargetArn");
                String dlqId = ((String) ((SamTemplate.Intrinsic) target).argument()).replace(".Arn", "");
                attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arns.get(dlqId)
                        + "\",\"maxReceiveCount\":\"" + redrive.get("maxReceiveCount") + "\"}");
            }
            String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
            urls.put(id, url);
            arns.put(id, sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN));
        }
        return urls;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stopQuietly(dynamoServer, sqsServer, sns);
    }

    private static void stopQuietly(DynamoDBProxyServer dynamo, SQSRestServer sqs, LocalSns sns) {
        try {
            if (dynamo != null) {
                dynamo.stop();
            }
        } catch (Exception ignored) {
            // shutting down: nothing more to do
        }
        if (sqs != null) {
            sqs.stopAndWait();
        }
        if (sns != null) {
            sns.close();
        }
    }
}
