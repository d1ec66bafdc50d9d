package com.linkstar.reply.aws;

import com.linkstar.reply.core.port.OrderActionKind;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.IntentFlow;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Tenants' taxonomies in the conversations table ({@code pk = TENANT#{tenant}, sk = TAXONOMY}), saved conditionally on
 * their version and cached for a minute per Lambda, since every classified message asks for one.
 */
public final class DynamoDbTaxonomyStore implements TaxonomyStore {

    static final String TAXONOMY_SK = "TAXONOMY";
    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private final DynamoDbClient dynamo;
    private final String table;
    private final TenantCache<Versioned> cache;

    public DynamoDbTaxonomyStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cache = new TenantCache<>(clock, CACHE_TTL);
    }

    @Override
    public Versioned find(String tenantId) {
        return cache.get(tenantId, this::read);
    }

    private Versioned read(String tenantId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), TAXONOMY_SK)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? new Versioned(Taxonomy.defaults(), 0)
                : new Versioned(Taxonomy.of(item.get("intents").l().stream().map(a -> definition(a.m())).toList()), Items.n(item, "version", 0));
    }

    @Override
    public boolean save(String tenantId, Taxonomy taxonomy, long expectedVersion) {
        List<AttributeValue> intents = taxonomy.intents().stream().map(d -> AttributeValue.fromM(Items.item()
                .s("id", d.id()).s("name", d.name()).s("description", d.description()).n("priority", d.priority())
                .s("flow", d.flow().name()).s("orderAction", d.orderAction() == null ? null : d.orderAction().name()).build())).toList();
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .conditionExpression(expectedVersion == 0 ? "attribute_not_exists(pk)" : "version = :expected")
                    .expressionAttributeValues(expectedVersion == 0 ? null
                            : Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                    .item(withIntents(tenantId, expectedVersion + 1, intents)));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        cache.invalidate(tenantId);
        return true;
    }

    private static Map<String, AttributeValue> withIntents(String tenantId, long version, List<AttributeValue> intents) {
        Map<String, AttributeValue> item = Items.item().s(TableDesign.PK, TableDesign.tenantPk(tenantId)).s(TableDesign.SK, TAXONOMY_SK)
                .n("version", version).build();
        item.put("intents", AttributeValue.fromL(intents));
        return item;
    }

    private static IntentDefinition definition(Map<String, AttributeValue> m) {
        return new IntentDefinition(Items.s(m, "id"), Items.s(m, "name"), Items.s(m, "description"), (int) Items.n(m, "priority", 50),
                IntentFlow.valueOf(Items.s(m, "flow")), m.containsKey("orderAction") ? OrderActionKind.valueOf(Items.s(m, "orderAction")) : null);
    }
}
