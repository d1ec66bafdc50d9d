package com.linkstar.reply.aws;

import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.TenantTemplatesStore;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Tenants' own templates and signature ({@code sk = TEMPLATES}); the draft stage reads them per message. */
public final class DynamoDbTenantTemplatesStore implements TenantTemplatesStore {

    private final TenantDocuments<TenantTemplates> documents;

    public DynamoDbTenantTemplatesStore(DynamoDbClient dynamo, String table, Clock clock) {
        ComplianceCheck check = ComplianceCheck.bundled();
        this.documents = new TenantDocuments<>(dynamo, table, "TEMPLATES", "templates", doc -> TenantTemplates.fromMap(doc, check),
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
