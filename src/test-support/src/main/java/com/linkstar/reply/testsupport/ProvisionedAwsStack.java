package com.linkstar.reply.testsupport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/** template.yaml's table, queues and topic created on a running AWS-compatible endpoint, such as LocalStack. */
public final class ProvisionedAwsStack implements AwsStack {

    private final URI endpoint;
    private final Region region;
    private final String accessKey;
    private final String secretKey;
    private final StackResources.Created resources;
    private final String topicArn;

    private ProvisionedAwsStack(URI endpoint, Region region, String accessKey, String secretKey, StackResources.Created created,
            String topicArn) {
        this.endpoint = endpoint;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.resources = created;
        this.topicArn = topicArn;
    }

    public static ProvisionedAwsStack create(Path templateFile, String stackName, URI endpoint, Region region, String accessKey,
            String secretKey) {
        ProvisionedAwsStack bare = new ProvisionedAwsStack(endpoint, region, accessKey, secretKey,
                new StackResources.Created(null, Map.of()), null);
        try (var dynamo = bare.dynamoClient(); var sqs = bare.sqsClient(); var sns = bare.snsClient()) {
            StackResources.Created created = StackResources.create(SamTemplate.load(templateFile), stackName, dynamo, sqs);
            String topic = sns.createTopic(r -> r.name(stackName + "-sla-alerts")).topicArn();
            return new ProvisionedAwsStack(endpoint, region, accessKey, secretKey, created, topic);
        }
    }

    @Override
    public URI dynamoEndpoint() {
        return endpoint;
    }

    @Override
    public URI sqsEndpoint() {
        return endpoint;
    }

    @Override
    public URI snsEndpoint() {
        return endpoint;
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public String accessKey() {
        return accessKey;
    }

    @Override
    public String secretKey() {
        return secretKey;
    }

    @Override
    public String tableName() {
        return resources.tableName();
    }

    @Override
    public String queueUrl(String logicalId) {
        return resources.queueUrl(logicalId);
    }

    @Override
    public String alertTopicArn() {
        return topicArn;
    }

    @Override
    public void close() {
        // the endpoint belongs to whoever started it
    }
}
