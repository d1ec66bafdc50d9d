package com.linkstar.reply.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the table and queues that template.yaml defines, on any AWS-compatible endpoint. */
final class StackResources {

    /** What was created: the table's name and each queue's URL by its logical id in template.yaml. */
    record Created(String tableName, Map<String, String> queueUrls) {

        String queueUrl(String logicalId) {
            String url = queueUrls.get(logicalId);
            if (url == null) {
                throw new IllegalArgumentException("template.yaml defines no queue " + logicalId + "; it has " + queueUrls.keySet());
            }
            return url;
        }
    }

    private StackResources() {
    }

    static Created create(SamTemplate template, String stackName, DynamoDbClient dynamo, SqsClient sqs) {
        return new Created(createTable(template, stackName, dynamo), createQueues(template, stackName, sqs));
    }

    @SuppressWarnings("unchecked")
    private static String createTable(SamTemplate template, String stackName, DynamoDbClient dynamo) {
        var tables = template.resourcesOfType("AWS::DynamoDB::Table").values();
        if (tables.size() != 1) {
            throw new IllegalStateException("template.yaml should define exactly one AWS::DynamoDB::Table, found " + tables.size());
        }
        Map<String, Object> p = SamTemplate.properties(tables.iterator().next());
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
        dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
        return name;
    }

    private static List<KeySchemaElement> keySchema(List<Map<String, Object>> elements) {
        return elements.stream().map(e -> KeySchemaElement.builder().attributeName((String) e.get("AttributeName"))
                .keyType(KeyType.fromValue((String) e.get("KeyType"))).build()).toList();
    }

    /** Dead-letter queues first, so that each source queue's redrive policy can point at its DLQ's ARN. */
    private static Map<String, String> createQueues(SamTemplate template, String stackName, SqsClient sqs) {
        Map<String, Map<String, Object>> queues = template.resourcesOfType("AWS::SQS::Queue");
        List<String> order = new ArrayList<>();
        queues.forEach((id, q) -> {
            if (!SamTemplate.properties(q).containsKey("RedrivePolicy")) {
                order.add(id);
            }
        });
        queues.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> arns = new LinkedHashMap<>();
        for (String id : order) {
            Map<String, Object> p = SamTemplate.properties(queues.get(id));
            String name = SamTemplate.resolveName(p.get("QueueName"), stackName);
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            if (p.get("VisibilityTimeout") != null) {
                attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, p.get("VisibilityTimeout").toString());
            }
            if (p.get("RedrivePolicy") instanceof Map<?, ?> redrive) {
                String dlqId = ((String) ((SamTemplate.Intrinsic) redrive.get("deadLetterTargetArn")).argument()).replace(".Arn", "");
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
}
