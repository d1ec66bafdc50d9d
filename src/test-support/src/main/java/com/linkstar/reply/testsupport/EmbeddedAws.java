package com.linkstar.reply.testsupport;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * DynamoDB Local, ElasticMQ and {@link LocalSns}, in this process, on free loopback ports, with the table, queues and
 * topic that template.yaml defines. Used by the tests and by {@code linkstar local}: no Docker, no AWS account.
 */
public final class EmbeddedAws implements AwsStack {

    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";
    public static final String LOCAL_TOPIC_ARN = "arn:aws:sns:us-east-1:000000000000:linkstar-local-alerts";

    private final DynamoDBProxyServer dynamoServer;
    private final SQSRestServer sqsServer;
    private final LocalSns sns;
    private final URI dynamoEndpoint;
    private final URI sqsEndpoint;
    private final StackResources.Created resources;

    private EmbeddedAws(DynamoDBProxyServer dynamoServer, SQSRestServer sqsServer, LocalSns sns, URI dynamoEndpoint, URI sqsEndpoint,
            StackResources.Created resources) {
        this.dynamoServer = dynamoServer;
        this.sqsServer = sqsServer;
        this.sns = sns;
        this.dynamoEndpoint = dynamoEndpoint;
        this.sqsEndpoint = sqsEndpoint;
        this.resources = resources;
    }

    /** Starts the stand-ins and creates every AWS::DynamoDB::Table and AWS::SQS::Queue of the template. */
    public static EmbeddedAws start(Path templateFile, String stackName) {
        SamTemplate template = SamTemplate.load(templateFile);
        DynamoDBProxyServer dynamoServer = null;
        SQSRestServer sqsServer = null;
        LocalSns sns = null;
        try {
            int dynamoPort = freePort();
            dynamoServer = quietly(() -> ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(dynamoPort), "-disableTelemetry"}));
            dynamoServer.start();
            sqsServer = SQSRestServerBuilder.withDynamicPort().withInterface("127.0.0.1").start();
            int sqsPort = sqsServer.waitUntilStarted().localAddress().getPort();
            sns = LocalSns.start();
            URI dynamoEndpoint = URI.create("http://127.0.0.1:" + dynamoPort);
            URI sqsEndpoint = URI.create("http://127.0.0.1:" + sqsPort);
            EmbeddedAws aws = new EmbeddedAws(dynamoServer, sqsServer, sns, dynamoEndpoint, sqsEndpoint, new StackResources.Created(null, Map.of()));
            try (DynamoDbClient dynamo = aws.dynamoClient(); SqsClient sqs = aws.sqsClient()) {
                return new EmbeddedAws(dynamoServer, sqsServer, sns, dynamoEndpoint, sqsEndpoint, StackResources.create(template, stackName, dynamo, sqs));
            }
        } catch (Exception e) {
            stopQuietly(dynamoServer, sqsServer, sns);
            throw new IllegalStateException("cannot start the embedded AWS stand-ins: " + e.getMessage(), e);
        }
    }

    @Override
    public Region region() {
        return REGION;
    }

    @Override
    public String accessKey() {
        return ACCESS_KEY;
    }

    @Override
    public String secretKey() {
        return SECRET_KEY;
    }

    @Override
    public String alertTopicArn() {
        return LOCAL_TOPIC_ARN;
    }

    @Override
    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    @Override
    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    @Override
    public URI snsEndpoint() {
        return sns.endpoint();
    }

    public LocalSns sns() {
        return sns;
    }

    @Override
    public String tableName() {
        return resources.tableName();
    }

    @Override
    public String queueUrl(String logicalId) {
        return resources.queueUrl(logicalId);
    }

    public Map<String, String> queueUrls() {
        return Map.copyOf(resources.queueUrls());
    }

    private interface Start<T> {
        T call() throws Exception;
    }

    /** DynamoDB Local prints its configuration banner to standard out; the command line's output is its own. */
    private static <T> T quietly(Start<T> start) throws Exception {
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return start.call();
        } finally {
            System.setOut(out);
        }
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
