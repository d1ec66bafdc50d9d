package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tenants' SLA settings in the conversations table ({@code pk = TENANT#{tenant}, sk = SLA_SETTINGS}) as the JSON
 * document {@link SlaSettings#toMap} gives, cached for a minute per Lambda: the ingest stage asks for them per message.
 */
public final class DynamoDbSlaSettingsStore implements SlaSettingsStore {

    static final String SLA_SETTINGS_SK = "SLA_SETTINGS";
    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper json = new ObjectMapper();
    private final TenantCache<Optional<SlaSettings>> cache;

    public DynamoDbSlaSettingsStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cache = new TenantCache<>(clock, CACHE_TTL);
    }

    @Override
    public Optional<SlaSettings> find(String tenantId) {
        return cache.get(tenantId, this::read);
    }

    private Optional<SlaSettings> read(String tenantId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), SLA_SETTINGS_SK)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SlaSettings.fromMap(json.readValue(Items.s(item, "document"), DOCUMENT)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored SLA settings of tenant " + tenantId + " are not JSON; save them again", e);
        }
    }

    @Override
    public void save(String tenantId, SlaSettings settings) {
        String document;
        try {
            document = json.writeValueAsString(settings.toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA settings could not be written as JSON", e);
        }
        dynamo.putItem(r -> r.tableName(table).item(Items.item().s(TableDesign.PK, TableDesign.tenantPk(tenantId))
                .s(TableDesign.SK, SLA_SETTINGS_SK).s("document", document).build()));
        cache.invalidate(tenantId);
    }
}
