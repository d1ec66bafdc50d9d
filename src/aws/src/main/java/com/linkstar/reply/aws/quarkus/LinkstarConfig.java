package com.linkstar.reply.aws.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Deployment settings; SAM sets them as environment variables (LINKSTAR_TABLE, LINKSTAR_QUEUES_CLASSIFY, …). */
@ConfigMapping(prefix = "linkstar")
public interface LinkstarConfig {

    String table();

    /** Days buyer data is kept after the last activity. */
    @WithDefault("30")
    int retentionDays();

    Queues queues();

    /** Where a stage puts records that can never succeed, with the reason. */
    Queues deadLetterQueues();

    Optional<String> alertTopicArn();

    /** The seller's ERP or order system (LINKSTAR_ORDER_DATA_URL); none: no order fact is ever confirmed. */
    Optional<String> orderDataUrl();

    /** The JWT claim the API takes the caller's tenant from (set by the HTTP API's JWT authorizer). */
    @WithDefault("custom:tenant_id")
    String tenantClaim();

    interface Queues {
        Optional<String> ingest();

        Optional<String> classify();

        Optional<String> draft();

        /** Approved and automatic replies, for the send stage. */
        Optional<String> outbound();

        /** The send stage's own dead-letter queue (keys follow the stage: dead-letter-queues.send). */
        Optional<String> send();
    }
}
