package com.linkstar.reply.testsupport;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * An AWS-compatible place where the table, queues and topic of template.yaml exist: the in-process stand-ins
 * ({@link EmbeddedAws}) or a provisioned endpoint such as LocalStack ({@link ProvisionedAwsStack}).
 */
public interface AwsStack extends AutoCloseable {

    URI dynamoEndpoint();

    URI sqsEndpoint();

    URI snsEndpoint();

    /** Where SES is: the SNS stand-in answers SendEmail too; LocalStack has both on one endpoint. */
    default URI sesEndpoint() {
        return snsEndpoint();
    }

    /** Where SSM Parameter Store is: the SNS stand-in answers it too; LocalStack has every service on one endpoint. */
    default URI ssmEndpoint() {
        return snsEndpoint();
    }

    Region region();

    String accessKey();

    String secretKey();

    String tableName();

    /** @param logicalId the queue's logical id in template.yaml, e.g. {@code IngestQueue} */
    String queueUrl(String logicalId);

    String alertTopicArn();

    @Override
    void close();

    default DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return client(DynamoDbClient.builder(), dynamoEndpoint(), interceptors);
    }

    default SqsClient sqsClient(ExecutionInterceptor... interceptors) {
        return client(SqsClient.builder(), sqsEndpoint(), interceptors);
    }

    default SnsClient snsClient(ExecutionInterceptor... interceptors) {
        return client(SnsClient.builder(), snsEndpoint(), interceptors);
    }

    default SesClient sesClient(ExecutionInterceptor... interceptors) {
        return client(SesClient.builder(), sesEndpoint(), interceptors);
    }

    default SsmClient ssmClient(ExecutionInterceptor... interceptors) {
        return client(SsmClient.builder(), ssmEndpoint(), interceptors);
    }

    private <C, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C client(B builder, URI endpoint,
            ExecutionInterceptor... interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder();
        List.of(interceptors).forEach(override::addExecutionInterceptor);
        return builder.endpointOverride(endpoint).region(region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey(), secretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(override.build())
                .build();
    }

    /**
     * The configuration a Linkstar Quarkus application needs to run against this stack, as properties; the local stack
     * passes the same settings to the packaged functions as environment variables.
     */
    default Map<String, String> linkstarConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        Map<String, URI> endpoints = Map.of("dynamodb", dynamoEndpoint(), "sqs", sqsEndpoint(), "sns", snsEndpoint(),
                "ses", sesEndpoint());
        endpoints.forEach((service, endpoint) -> {
            config.put("quarkus." + service + ".endpoint-override", endpoint.toString());
            config.put("quarkus." + service + ".aws.region", region().id());
            config.put("quarkus." + service + ".aws.credentials.type", "static");
            config.put("quarkus." + service + ".aws.credentials.static-provider.access-key-id", accessKey());
            config.put("quarkus." + service + ".aws.credentials.static-provider.secret-access-key", secretKey());
        });
        config.put("linkstar.table", tableName());
        for (String stage : List.of("ingest", "classify", "draft")) {
            String queue = Character.toUpperCase(stage.charAt(0)) + stage.substring(1) + "Queue";
            config.put("linkstar.queues." + stage, queueUrl(queue));
            config.put("linkstar.dead-letter-queues." + stage, queueUrl(queue.replace("Queue", "DeadLetterQueue")));
        }
        config.put("linkstar.queues.outbound", queueUrl("OutboundQueue"));
        config.put("linkstar.dead-letter-queues.send", queueUrl("OutboundDeadLetterQueue"));
        config.put("linkstar.alert-topic-arn", alertTopicArn());
        return config;
    }
}
