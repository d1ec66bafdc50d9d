package com.linkstar.reply.aws;

import com.linkstar.reply.core.classify.model.IntentModelStore;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Tenants' intent models in the conversations table: the gzipped model split into chunks under 400 KB
 * ({@code sk = MODEL#v{version}#{n}}), and a head item ({@code sk = MODEL}) that names the current version. The chunks
 * of a new version are written before the head flips to it, so a reader never sees half a model; superseded chunks
 * expire a day later by TTL.
 */
public final class DynamoDbIntentModelStore implements IntentModelStore {

    static final String HEAD_SK = "MODEL";
    static final int CHUNK_BYTES = 300 * 1024;
    private static final Duration SUPERSEDED_TTL = Duration.ofDays(1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoDbIntentModelStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    private Optional<Map<String, AttributeValue>> head(String tenantId) {
        Map<String, AttributeValue> head = dynamo.getItem(r -> r.tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), HEAD_SK)).consistentRead(true)).item();
        return head == null || head.isEmpty() ? Optional.empty() : Optional.of(head);
    }

    private static ModelInfo info(Map<String, AttributeValue> head) {
        return new ModelInfo(Items.n(head, "version", 0), (int) Items.n(head, "examples", 0), (int) Items.n(head, "intents", 0),
                (int) Items.n(head, "bytes", 0), Items.instant(head, "trainedAt"));
    }

    @Override
    public Optional<ModelInfo> info(String tenantId) {
        return head(tenantId).map(DynamoDbIntentModelStore::info);
    }

    @Override
    public Optional<LinearIntentModel> load(String tenantId) {
        Optional<Map<String, AttributeValue>> head = head(tenantId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<ModelInfo> info = head.map(DynamoDbIntentModelStore::info);
        int chunks = (int) Items.n(head.get(), "chunks", 0);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        for (int i = 0; i < chunks; i++) {
            String sk = chunkSk(info.get().version(), i);
            Map<String, AttributeValue> chunk = dynamo.getItem(r -> r.tableName(table).key(Items.key(TableDesign.tenantPk(tenantId), sk))
                    .consistentRead(true)).item();
            if (chunk == null || !chunk.containsKey("data")) {
                throw new IllegalStateException("model version " + info.get().version() + " of tenant " + tenantId + " lacks chunk " + i
                        + "; train the model again");
            }
            gz.writeBytes(chunk.get("data").b().asByteArray());
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.toByteArray()))) {
            return Optional.of(LinearIntentModel.load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("model of tenant " + tenantId + " cannot be read; train it again", e);
        }
    }

    @Override
    public ModelInfo save(String tenantId, LinearIntentModel model, List<LinearIntentModel.Example> promptExamples, int examples,
            Instant trainedAt) {
        byte[] bytes = gzip(model);
        long previous = info(tenantId).map(ModelInfo::version).orElse(0L);
        long version = previous + 1;
        int chunks = (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
        for (int i = 0; i < chunks; i++) {
            byte[] part = Arrays.copyOfRange(bytes, i * CHUNK_BYTES, Math.min(bytes.length, (i + 1) * CHUNK_BYTES));
            Map<String, AttributeValue> item = Items.item().s(TableDesign.PK, TableDesign.tenantPk(tenantId)).s(TableDesign.SK, chunkSk(version, i))
                    .build();
            item.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(part)));
            dynamo.putItem(r -> r.tableName(table).item(item));
        }
        Map<String, AttributeValue> head = Items.item().s(TableDesign.PK, TableDesign.tenantPk(tenantId)).s(TableDesign.SK, HEAD_SK)
                .n("version", version).n("chunks", chunks).n("examples", examples).n("intents", model.intents().size())
                .n("bytes", bytes.length).s("trainedAt", trainedAt).build();
        // a few redacted examples for the LLM prompt ride on the head: small (at most 17 x 5 x 280 characters), and
        // switched together with the model they were trained with
        head.put("promptExamples", AttributeValue.fromL(promptExamples.stream()
                .map(e -> AttributeValue.fromM(Map.of("text", AttributeValue.fromS(e.text()), "intent", AttributeValue.fromS(e.intent()))))
                .toList()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(head)
                    .conditionExpression(previous == 0 ? "attribute_not_exists(pk)" : "version = :previous")
                    .expressionAttributeValues(previous == 0 ? null : Map.of(":previous", AttributeValue.fromN(Long.toString(previous)))));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("another training of tenant " + tenantId + " finished first; its model is kept", e);
        }
        expireVersion(tenantId, previous);
        return new ModelInfo(version, examples, model.intents().size(), bytes.length, trainedAt);
    }

    @Override
    public List<LinearIntentModel.Example> promptExamples(String tenantId) {
        return head(tenantId).filter(item -> item.containsKey("promptExamples"))
                .map(item -> item.get("promptExamples").l().stream()
                        .map(a -> new LinearIntentModel.Example(a.m().get("text").s(), a.m().get("intent").s())).toList())
                .orElse(List.of());
    }

    /** The superseded version's chunks go by TTL, after readers that loaded the old head have finished. */
    private void expireVersion(String tenantId, long version) {
        long expiresAt = clock.instant().plus(SUPERSEDED_TTL).getEpochSecond();
        for (int i = 0; version > 0; i++) {
            String sk = chunkSk(version, i);
            try {
                dynamo.updateItem(r -> r.tableName(table).key(Items.key(TableDesign.tenantPk(tenantId), sk))
                        .conditionExpression("attribute_exists(pk)").updateExpression("SET " + TableDesign.EXPIRES_AT + " = :at")
                        .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(expiresAt)))));
            } catch (ConditionalCheckFailedException e) {
                return; // past the last chunk
            }
        }
    }

    private static String chunkSk(long version, int index) {
        return HEAD_SK + "#v" + version + "#" + String.format("%03d", index);
    }

    private static byte[] gzip(LinearIntentModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            model.save(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
