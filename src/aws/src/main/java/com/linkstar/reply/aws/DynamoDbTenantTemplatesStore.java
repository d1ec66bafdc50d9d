package com.linkstar.reply.aws;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.TenantTemplatesStore;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Tenants' own templates, tone and signature ({@code sk = TEMPLATES}); the API checks them against every channel's
 * policy before saving, the draft stage reads them back without checking again (each draft is checked).
 */
public final class DynamoDbTenantTemplatesStore implements TenantTemplatesStore {

    private final TenantDocuments<TenantTemplates> documents;

    public DynamoDbTenantTemplatesStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.documents = new TenantDocuments<>(dynamo, table, "TEMPLATES", "templates", TenantTemplates::fromStored,
                TenantTemplates::toMap, clock);
    }

    @Override
    public Optional<TenantTemplates> find(String tenantId) {
        return documents.find(tenantId);
    }

    @Override
    public void save(String tenantId, TenantTemplates templates) {
        documents.save(tenantId, templates);
    }
}
