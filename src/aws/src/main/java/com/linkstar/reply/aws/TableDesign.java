package com.linkstar.reply.aws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The single-table design (README "Data model"). Every item of a conversation shares its partition, so one query
 * reads a whole conversation; two sparse indexes serve the list and the SLA sweep.
 *
 * <pre>
 * item            pk                     sk             indexes
 * tenant          TENANT#{tenant}        PROFILE
 * conversation    T#{tenant}#C#{conv}    CONV           by-activity (gsi1pk, gsi1sk); sla-due while a clock runs
 * buyer message   T#{tenant}#C#{conv}    MSG#{message}
 * label           T#{tenant}#C#{conv}    LBL#{message}
 * draft           T#{tenant}#C#{conv}    DRF#{draft}
 * </pre>
 */
public final class TableDesign {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String EXPIRES_AT = "expiresAt";

    public static final String ACTIVITY_INDEX = "by-activity";
    public static final String ACTIVITY_PK = "gsi1pk";
    public static final String ACTIVITY_SK = "gsi1sk";

    /** Sparse: only conversations whose clock is running carry these two attributes. */
    public static final String SLA_INDEX = "sla-due";
    public static final String SLA_BUCKET = "slaBucket";
    public static final String SLA_DUE_KEY = "slaDueKey";

    public static final String CONVERSATION_SK = "CONV";
    public static final String TENANT_SK = "PROFILE";
    public static final String MESSAGE_PREFIX = "MSG#";
    public static final String LABEL_PREFIX = "LBL#";
    public static final String DRAFT_PREFIX = "DRF#";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TableDesign() {
    }

    public static String conversationPk(String tenantId, String conversationId) {
        return "T#" + tenantId + "#C#" + conversationId;
    }

    public static String tenantPk(String tenantId) {
        return "TENANT#" + tenantId;
    }

    public static String activityPk(String tenantId) {
        return "T#" + tenantId;
    }

    /** A tenant's response figures of one day, channel and store, under the tenant's item: one query reads a period. */
    public static String figuresSk(java.time.LocalDate day, String channel, String storeId) {
        return FIGURES_PREFIX + day + "#" + channel + "#" + storeId;
    }

    public static final String FIGURES_PREFIX = "FIG#";

    /**
     * Running timers are indexed by their next alert (the warning, then the due time), bucketed by that alert's day: the
     * sweep reads a handful of small partitions up to now, never all conversations.
     */
    public static String slaBucket(Instant nextAlertAt) {
        return "SLA#" + DAY.format(nextAlertAt);
    }

    public static String slaDueKey(Instant nextAlertAt, String tenantId, String conversationId) {
        return nextAlertAt + "#" + tenantId + "#" + conversationId;
    }
}
