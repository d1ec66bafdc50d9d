package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A tenant's settings document (SLA settings, templates) as JSON in one item {@code pk = TENANT#{tenant}, sk = ...},
 * read through the domain's own parser (which validates) and cached for a minute per Lambda.
 */
final class TenantDocuments<T> {

    private static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;
    private final String sortKey;
    private final String what;
    private final Function<Map<String, Object>, T> fromMap;
    private final Function<T, Map<String, Object>> toMap;
    private final ObjectMapper json = new ObjectMapper();
    private final TenantCache<Optional<T>> cache;

    /** @param what what the document is, for error messages ("SLA settings") */
    TenantDocuments(DynamoDbClient dynamo, String table, String sortKey, String what, Function<Map<String, Object>, T> fromMap,
            Function<T, Map<String, Object>> toMap, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.sortKey = sortKey;
        this.what = what;
        this.fromMap = fromMap;
        this.toMap = toMap;
        this.cache = new TenantCache<>(clock, CACHE_TTL);
    }

    Optional<T> find(String tenantId) {
        return cache.get(tenantId, this::read);
    }

    private Optional<T> read(String tenantId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), sortKey)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromMap.apply(json.readValue(Items.s(item, "document"), DOCUMENT)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + what + " of tenant " + tenantId + " are not JSON; save them again", e);
        }
    }

    void save(String tenantId, T value) {
        String document;
        try {
            document = json.writeValueAsString(toMap.apply(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " could not be written as JSON", e);
        }
        dynamo.putItem(r -> r.tableName(table).item(Items.item().s(TableDesign.PK, TableDesign.tenantPk(tenantId))
                .s(TableDesign.SK, sortKey).s("document", document).build()));
        cache.invalidate(tenantId);
    }
}
