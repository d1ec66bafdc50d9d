package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.core.routing.AutomationSettingsStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tenants' automation settings ({@code pk = TENANT#{tenant}, sk = AUTOMATION}: the settings as a JSON document and the
 * pause switch as its own attribute, so flipping the switch never races a settings save) and the global switch
 * ({@code pk = SYSTEM, sk = AUTOMATION}). Never cached: a pause stops the very next message. Both items are read in one
 * strongly consistent BatchGetItem.
 */
public final class DynamoDbAutomationSettingsStore implements AutomationSettingsStore {

    static final String SORT_KEY = "AUTOMATION";
    static final String SYSTEM_PK = "SYSTEM";
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper json = new ObjectMapper();

    public DynamoDbAutomationSettingsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Switches current(String tenantId) {
        Map<String, AttributeValue> tenantKey = Items.key(TableDesign.tenantPk(tenantId), SORT_KEY);
        Map<String, AttributeValue> systemKey = Items.key(SYSTEM_PK, SORT_KEY);
        Map<String, Map<String, AttributeValue>> byPk = new HashMap<>();
        // an unread switch must not be taken as "not paused": getAll throws rather than return less
        Items.getAll(dynamo, table, List.of(tenantKey, systemKey)).forEach(item -> byPk.put(Items.s(item, TableDesign.PK), item));
        AutomationSettings settings = Optional.ofNullable(byPk.get(TableDesign.tenantPk(tenantId))).map(item -> parse(tenantId, item))
                .orElse(AutomationSettings.DEFAULTS);
        return new Switches(settings, Optional.ofNullable(byPk.get(SYSTEM_PK)).map(item -> Items.flag(item, "paused")).orElse(false));
    }

    @Override
    public Optional<AutomationSettings> find(String tenantId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Items.key(TableDesign.tenantPk(tenantId), SORT_KEY))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(parse(tenantId, item));
    }

    private AutomationSettings parse(String tenantId, Map<String, AttributeValue> item) {
        boolean paused = Items.flag(item, "paused");
        String document = Items.s(item, "document");
        if (document == null) {
            return AutomationSettings.DEFAULTS.withPaused(paused); // only the switch was ever set
        }
        try {
            return AutomationSettings.fromMap(tenantId, json.readValue(document, DOCUMENT)).withPaused(paused);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored automation settings of tenant " + tenantId + " are not JSON; save them again", e);
        }
    }

    @Override
    public void save(String tenantId, AutomationSettings settings) {
        Map<String, Object> document = new HashMap<>(settings.toMap());
        document.remove("paused");
        String body;
        try {
            body = json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("automation settings could not be written as JSON", e);
        }
        dynamo.updateItem(r -> r.tableName(table).key(Items.key(TableDesign.tenantPk(tenantId), SORT_KEY))
                .updateExpression("SET document = :document, paused = :paused")
                .expressionAttributeValues(Map.of(":document", AttributeValue.fromS(body), ":paused", AttributeValue.fromBool(settings.paused()))));
    }

    @Override
    public void setPaused(String tenantId, boolean paused) {
        writePaused(TableDesign.tenantPk(tenantId), paused);
    }

    @Override
    public void setGloballyPaused(boolean paused) {
        writePaused(SYSTEM_PK, paused);
    }

    private void writePaused(String pk, boolean paused) {
        dynamo.updateItem(r -> r.tableName(table).key(Items.key(pk, SORT_KEY)).updateExpression("SET paused = :paused")
                .expressionAttributeValues(Map.of(":paused", AttributeValue.fromBool(paused))));
    }
}
