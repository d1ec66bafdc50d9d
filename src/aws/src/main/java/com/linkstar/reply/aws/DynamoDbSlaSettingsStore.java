package com.linkstar.reply.aws;

import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Tenants' SLA settings ({@code sk = SLA_SETTINGS}), the document {@link SlaSettings#toMap} gives; the ingest stage reads them per message. */
public final class DynamoDbSlaSettingsStore implements SlaSettingsStore {

    private final TenantDocuments<SlaSettings> documents;

    public DynamoDbSlaSettingsStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.documents = new TenantDocuments<>(dynamo, table, "SLA_SETTINGS", "SLA settings", SlaSettings::fromMap, SlaSettings::toMap, clock);
    }

    @Override
    public Optional<SlaSettings> find(String tenantId) {
        return documents.find(tenantId);
    }

    @Override
    public void save(String tenantId, SlaSettings settings) {
        documents.save(tenantId, settings);
    }
}
