package com.linkstar.reply.aws;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationDetail;
import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.ConversationPage;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.TenantDirectory;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaFigures;
import com.linkstar.reply.core.usecase.ConversationLifecycle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The conversation store on one DynamoDB table ({@link TableDesign}). Idempotency and races are settled by conditions
 * inside transactions: a message, label or draft item is written only if absent; the conversation item is written
 * only if its {@code version} is the one that was read (optimistic locking).
 */
public final class DynamoDbConversationStore implements ConversationStore, TenantDirectory {

    /** A conversation is rewritten by each of its messages; a handful of retries settles any realistic burst. */
    private static final int MAX_OPTIMISTIC_ATTEMPTS = 12;
    /** How far back the sweep looks for running clocks (each day is one small query). */
    static final int SWEEP_LOOKBACK_DAYS = 14;

    static final Duration TENANT_CACHE_TTL = Duration.ofSeconds(60);

    private final Map<String, TenantStatus> tenantCache = new ConcurrentHashMap<>();
    private final DynamoDbClient dynamo;
    private final String table;
    private final ItemMapper mapper;
    private final Clock clock;

    public DynamoDbConversationStore(DynamoDbClient dynamo, String table, Duration retention, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.mapper = new ItemMapper(retention);
        this.clock = clock;
    }

    /**
     * Answers from a short-lived cache: every ingested message asks, and a warm Lambda serves thousands of messages of a
     * few tenants. A deactivation takes effect within {@link #TENANT_CACHE_TTL}.
     */
    @Override
    public boolean isActive(String tenantId) {
        Instant now = clock.instant();
        TenantStatus cached = tenantCache.get(tenantId);
        if (cached != null && cached.checkedAt().plus(TENANT_CACHE_TTL).isAfter(now)) {
            return cached.active();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), TableDesign.TENANT_SK)).consistentRead(false)).item();
        boolean active = item != null && "ACTIVE".equals(Items.s(item, "status"));
        tenantCache.put(tenantId, new TenantStatus(active, now));
        return active;
    }

    private record TenantStatus(boolean active, Instant checkedAt) {
    }

    /** Registers a tenant; used by the local stack and by operators' provisioning scripts. */
    public void activateTenant(String tenantId, String displayName) {
        dynamo.putItem(r -> r.tableName(table).item(Items.item()
                .s(TableDesign.PK, TableDesign.tenantPk(tenantId)).s(TableDesign.SK, TableDesign.TENANT_SK)
                .s("tenantId", tenantId).s("name", displayName).s("status", "ACTIVE").build()));
        tenantCache.remove(tenantId);
    }

    @Override
    public WriteOutcome recordInbound(BuyerMessage message, SlaTimer clock) {
        Put putMessage = Put.builder().tableName(table).item(mapper.message(message))
                .conditionExpression("attribute_not_exists(pk)").build();
        for (int attempt = 1; attempt <= MAX_OPTIMISTIC_ATTEMPTS; attempt++) {
            Conversation existing = findConversation(message.tenantId(), message.conversationId()).orElse(null);
            Conversation next = ConversationLifecycle.onInbound(existing, message, clock);
            Put.Builder putConversation = Put.builder().tableName(table).item(mapper.conversation(next));
            if (existing == null) {
                putConversation.conditionExpression("attribute_not_exists(pk)");
            } else {
                putConversation.conditionExpression("version = :expected")
                        .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(existing.version()))));
            }
            try {
                dynamo.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(putMessage).build(),
                        TransactWriteItem.builder().put(putConversation.build()).build()));
                return WriteOutcome.CREATED;
            } catch (TransactionCanceledException e) {
                if (conditionFailed(e, 0)) {
                    return WriteOutcome.ALREADY_EXISTED;
                }
                if (!conditionFailed(e, 1) && !hasReason(e, "TransactionConflict")) {
                    throw e;
                }
                // the conversation changed since it was read: back off, read it again and re-apply
                backOff(attempt);
            }
        }
        throw new IllegalStateException("conversation " + message.conversationId() + " kept changing during "
                + MAX_OPTIMISTIC_ATTEMPTS + " attempts; the message stays on the queue and is retried");
    }

    @Override
    public Optional<BuyerMessage> findMessage(MessageRef ref) {
        return get(pk(ref), TableDesign.MESSAGE_PREFIX + ref.messageId()).map(mapper::message);
    }

    @Override
    public WriteOutcome saveLabel(MessageRef ref, Classification label) {
        Update updateConversation = conversationUpdate(ref.tenantId(), ref.conversationId())
                .updateExpression("SET lastIntent = :intent" + (label.risks().isEmpty() ? "" : " ADD risks :risks, version :one")
                        + (label.risks().isEmpty() ? " ADD version :one" : ""))
                .expressionAttributeValues(labelValues(label))
                .build();
        return putOnce(mapper.label(pk(ref), ref.messageId(), label, clock.instant()), updateConversation);
    }

    private static Map<String, AttributeValue> labelValues(Classification label) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":intent", AttributeValue.fromS(label.intent()));
        values.put(":one", AttributeValue.fromN("1"));
        if (!label.risks().isEmpty()) {
            values.put(":risks", AttributeValue.fromSs(label.risks().stream().map(RiskSignal::wireName).toList()));
        }
        return values;
    }

    @Override
    public Optional<Classification> findLabel(MessageRef ref) {
        return get(pk(ref), TableDesign.LABEL_PREFIX + ref.messageId()).map(mapper::label);
    }

    /** Message, label and conversation in one strongly consistent BatchGetItem: one request where three GetItems were. */
    @Override
    public DraftInputs findDraftInputs(MessageRef ref) {
        String pk = pk(ref);
        List<Map<String, AttributeValue>> keys = List.of(Items.key(pk, TableDesign.MESSAGE_PREFIX + ref.messageId()),
                Items.key(pk, TableDesign.LABEL_PREFIX + ref.messageId()), Items.key(pk, TableDesign.CONVERSATION_SK));
        Map<String, Map<String, AttributeValue>> bySk = new HashMap<>();
        Items.getAll(dynamo, table, keys).forEach(item -> bySk.put(Items.s(item, TableDesign.SK), item));
        return new DraftInputs(
                Optional.ofNullable(bySk.get(TableDesign.MESSAGE_PREFIX + ref.messageId())).map(mapper::message),
                Optional.ofNullable(bySk.get(TableDesign.LABEL_PREFIX + ref.messageId())).map(mapper::label),
                Optional.ofNullable(bySk.get(TableDesign.CONVERSATION_SK)).map(mapper::conversation));
    }

    @Override
    public WriteOutcome saveDraft(ReplyDraft draft) {
        ConversationStatus status = ConversationLifecycle.statusAfterDraft(draft.status());
        Update updateConversation = conversationUpdate(draft.tenantId(), draft.conversationId())
                .updateExpression("SET #status = :status ADD version :one")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status.name()), ":one", AttributeValue.fromN("1")))
                .build();
        return putOnce(mapper.draft(draft), updateConversation);
    }

    /** Writes an item of a conversation once, together with the conversation update it implies, or not at all. */
    private WriteOutcome putOnce(Map<String, AttributeValue> item, Update conversationUpdate) {
        return writeUnlessFirstConditionFails(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().update(conversationUpdate).build()) ? WriteOutcome.CREATED : WriteOutcome.ALREADY_EXISTED;
    }

    private Update.Builder conversationUpdate(String tenantId, String conversationId) {
        return Update.builder().tableName(table)
                .key(Items.key(TableDesign.conversationPk(tenantId, conversationId), TableDesign.CONVERSATION_SK))
                .conditionExpression("attribute_exists(pk)");
    }

    @Override
    public Optional<ReplyDraft> findDraft(DraftRef ref) {
        return get(TableDesign.conversationPk(ref.tenantId(), ref.conversationId()), TableDesign.DRAFT_PREFIX + ref.draftId())
                .map(mapper::draft);
    }

    @Override
    public SendClaim claimSend(DraftRef ref, Instant now, Instant leaseUntil) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(draftKey(ref))
                    .conditionExpression("#status IN (:approved, :auto) AND (attribute_not_exists(sendClaimUntil) OR sendClaimUntil < :now)")
                    .updateExpression("SET sendClaimUntil = :until")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":approved", AttributeValue.fromS(DraftStatus.APPROVED.name()),
                            ":auto", AttributeValue.fromS(DraftStatus.AUTO_SEND.name()), ":now", AttributeValue.fromS(now.toString()),
                            ":until", AttributeValue.fromS(leaseUntil.toString()))));
            return SendClaim.CLAIMED;
        } catch (ConditionalCheckFailedException e) {
            DraftStatus status = findDraft(ref).map(ReplyDraft::status).orElse(null);
            if (status == DraftStatus.SENT) {
                return SendClaim.ALREADY_SENT;
            }
            return status == DraftStatus.APPROVED || status == DraftStatus.AUTO_SEND ? SendClaim.CLAIMED_ELSEWHERE : SendClaim.NOT_SENDABLE;
        }
    }

    @Override
    public void releaseSend(DraftRef ref) {
        dynamo.updateItem(r -> r.tableName(table).key(draftKey(ref)).conditionExpression("attribute_exists(pk)")
                .updateExpression("REMOVE sendClaimUntil"));
    }

    @Override
    public SentOutcome markSent(ReplyDraft draft, Instant sentAt, SentRecord record) {
        Update sent = Update.builder().tableName(table).key(draftKey(draft.ref()))
                .conditionExpression("#status IN (:approved, :auto)")
                .updateExpression("SET #status = :sent, sentAt = :at REMOVE sendClaimUntil")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":approved", AttributeValue.fromS(DraftStatus.APPROVED.name()),
                        ":auto", AttributeValue.fromS(DraftStatus.AUTO_SEND.name()), ":sent", AttributeValue.fromS(DraftStatus.SENT.name()),
                        ":at", AttributeValue.fromS(sentAt.toString())))
                .build();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", AttributeValue.fromN("1"),
                ":automatic", AttributeValue.fromBool(record.automatic())));
        StringBuilder set = new StringBuilder("SET " + ItemMapper.LAST_REPLY_AUTOMATIC + " = :automatic");
        String remove = "";
        Update.Builder conversation = conversationUpdate(draft.tenantId(), draft.conversationId());
        if (record.expectedVersion() != null) {
            conversation.conditionExpression("version = :expected");
            values.put(":expected", AttributeValue.fromN(Long.toString(record.expectedVersion())));
        }
        if (record.newStatus() != null) {
            set.append(", #status = :status");
            values.put(":status", AttributeValue.fromS(record.newStatus().name()));
            conversation.expressionAttributeNames(Map.of("#status", "status"));
        }
        if (record.newStatus() == ConversationStatus.ANSWERED) {
            set.append(", firstResponseAt = if_not_exists(firstResponseAt, :at), slaState = :stopped");
            values.put(":at", AttributeValue.fromS(sentAt.toString()));
            values.put(":stopped", AttributeValue.fromS(SlaState.STOPPED.name()));
            remove = " REMOVE " + TableDesign.SLA_BUCKET + ", " + TableDesign.SLA_DUE_KEY;
        }
        conversation.updateExpression(set + remove + " ADD version :one").expressionAttributeValues(values);
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().update(sent).build(),
                TransactWriteItem.builder().update(conversation.build()).build()));
        if (record.response() != null) {
            writes.add(TransactWriteItem.builder().update(addFigures(draft.tenantId(), record.response().figures())).build());
        }
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
            return SentOutcome.RECORDED;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                return SentOutcome.RECORDED; // sent and recorded before: a redelivery
            }
            if (conditionFailed(e, 1) || hasReason(e, "TransactionConflict")) {
                return SentOutcome.CONCURRENT_CHANGE;
            }
            throw e;
        }
    }

    @Override
    public boolean holdAutomatic(DraftRef ref, String reason) {
        return sendBack(ref, "#status = :auto", Map.of(":auto", AttributeValue.fromS(DraftStatus.AUTO_SEND.name())),
                DraftStatus.PENDING_APPROVAL, ConversationStatus.PENDING_APPROVAL, reason);
    }

    @Override
    public boolean returnUndelivered(DraftRef ref, String reason) {
        return sendBack(ref, "#status IN (:approved, :auto)", Map.of(":approved", AttributeValue.fromS(DraftStatus.APPROVED.name()),
                ":auto", AttributeValue.fromS(DraftStatus.AUTO_SEND.name())), DraftStatus.ESCALATED, ConversationStatus.ESCALATED, reason);
    }

    /** A draft on its way out goes back to a person, with its conversation, in one transaction; the clock is left as it is. */
    private boolean sendBack(DraftRef ref, String fromCondition, Map<String, AttributeValue> fromValues, DraftStatus draftStatus,
            ConversationStatus conversationStatus, String reason) {
        Map<String, AttributeValue> values = new HashMap<>(fromValues);
        values.put(":to", AttributeValue.fromS(draftStatus.name()));
        values.put(":reason", AttributeValue.fromS(reason));
        Update draft = Update.builder().tableName(table).key(draftKey(ref))
                .conditionExpression(fromCondition)
                .updateExpression("SET #status = :to, escalationReason = :reason REMOVE sendClaimUntil")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values)
                .build();
        Update conversation = conversationUpdate(ref.tenantId(), ref.conversationId())
                .updateExpression("SET #status = :to ADD version :one")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":to", AttributeValue.fromS(conversationStatus.name()), ":one", AttributeValue.fromN("1")))
                .build();
        return writeUnlessFirstConditionFails(TransactWriteItem.builder().update(draft).build(),
                TransactWriteItem.builder().update(conversation).build());
    }

    private Map<String, AttributeValue> draftKey(DraftRef ref) {
        return Items.key(TableDesign.conversationPk(ref.tenantId(), ref.conversationId()), TableDesign.DRAFT_PREFIX + ref.draftId());
    }

    @Override
    public Optional<Conversation> findConversation(String tenantId, String conversationId) {
        return get(TableDesign.conversationPk(tenantId, conversationId), TableDesign.CONVERSATION_SK).map(mapper::conversation);
    }

    @Override
    public Optional<ConversationDetail> findConversationDetail(String tenantId, String conversationId) {
        String pk = TableDesign.conversationPk(tenantId, conversationId);
        Conversation conversation = null;
        List<BuyerMessage> messages = new ArrayList<>();
        Map<String, Classification> labels = new LinkedHashMap<>();
        List<ReplyDraft> drafts = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).exclusiveStartKey(from).consistentRead(true));
            for (Map<String, AttributeValue> item : page.items()) {
                String sk = Items.s(item, TableDesign.SK);
                if (sk.equals(TableDesign.CONVERSATION_SK)) {
                    conversation = mapper.conversation(item);
                } else if (sk.startsWith(TableDesign.MESSAGE_PREFIX)) {
                    messages.add(mapper.message(item));
                } else if (sk.startsWith(TableDesign.LABEL_PREFIX)) {
                    labels.put(sk.substring(TableDesign.LABEL_PREFIX.length()), mapper.label(item));
                } else if (sk.startsWith(TableDesign.DRAFT_PREFIX)) {
                    drafts.add(mapper.draft(item));
                }
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        if (conversation == null) {
            return Optional.empty();
        }
        messages.sort(Comparator.comparing(BuyerMessage::receivedAt));
        drafts.sort(Comparator.comparing(ReplyDraft::createdAt));
        return Optional.of(new ConversationDetail(conversation, messages, labels, drafts));
    }

    @Override
    public ConversationPage listConversations(String tenantId, ConversationFilter filter, int limit, String cursor) {
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        values.put(":tenant", AttributeValue.fromS(TableDesign.activityPk(tenantId)));
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            names.put("#status", "status");
            values.put(":status", AttributeValue.fromS(filter.status().name()));
            conditions.add("#status = :status");
        }
        if (filter.channel() != null) {
            names.put("#channel", "channel");
            values.put(":channel", AttributeValue.fromS(filter.channel().wireName()));
            conditions.add("#channel = :channel");
        }
        if (filter.storeId() != null) {
            values.put(":store", AttributeValue.fromS(filter.storeId()));
            conditions.add("storeId = :store");
        }
        List<Conversation> found = new ArrayList<>();
        Map<String, AttributeValue> startKey = decodeCursor(tenantId, cursor);
        // A filter is applied after DynamoDB's page limit, so keep reading until the page is full or the index ends.
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(TableDesign.ACTIVITY_INDEX)
                    .keyConditionExpression(TableDesign.ACTIVITY_PK + " = :tenant").expressionAttributeValues(values)
                    .scanIndexForward(false).limit(limit - found.size()).exclusiveStartKey(startKey);
            if (!conditions.isEmpty()) {
                query.filterExpression(String.join(" AND ", conditions));
            }
            if (!names.isEmpty()) {
                query.expressionAttributeNames(names);
            }
            QueryResponse page = dynamo.query(query.build());
            page.items().forEach(item -> found.add(mapper.conversation(item)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null && found.size() < limit);
        return new ConversationPage(found, encodeCursor(startKey));
    }

    private static String encodeCursor(Map<String, AttributeValue> key) {
        if (key == null) {
            return null;
        }
        String raw = key.get(TableDesign.PK).s() + "\n" + key.get(TableDesign.ACTIVITY_SK).s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor only positions within the caller's own tenant: anything else is refused, never followed. */
    private static Map<String, AttributeValue> decodeCursor(String tenantId, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this API returned");
        }
        if (parts.length != 2 || !parts[0].startsWith("T#" + tenantId + "#C#")) {
            throw new IllegalArgumentException("cursor is not one this API returned");
        }
        return Map.of(TableDesign.PK, AttributeValue.fromS(parts[0]), TableDesign.SK, AttributeValue.fromS(TableDesign.CONVERSATION_SK),
                TableDesign.ACTIVITY_PK, AttributeValue.fromS(TableDesign.activityPk(tenantId)),
                TableDesign.ACTIVITY_SK, AttributeValue.fromS(parts[1]));
    }

    @Override
    public ApprovalOutcome approveDraft(String tenantId, String conversationId, String draftId, String approvedBy,
            long expectedVersion, Instant approvedAt) {
        String pk = TableDesign.conversationPk(tenantId, conversationId);
        Update approve = Update.builder().tableName(table).key(Items.key(pk, TableDesign.DRAFT_PREFIX + draftId))
                .conditionExpression("attribute_exists(pk) AND #status IN (:pending, :escalated)")
                .updateExpression("SET #status = :approved, approvedBy = :by, approvedAt = :at")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":pending", AttributeValue.fromS(DraftStatus.PENDING_APPROVAL.name()),
                        ":escalated", AttributeValue.fromS(DraftStatus.ESCALATED.name()),
                        ":approved", AttributeValue.fromS(DraftStatus.APPROVED.name()),
                        ":by", AttributeValue.fromS(approvedBy), ":at", AttributeValue.fromS(approvedAt.toString())))
                .build();
        // the clock is left running: it stops when the reply is delivered (markSent)
        Update sending = Update.builder().tableName(table).key(Items.key(pk, TableDesign.CONVERSATION_SK))
                .conditionExpression("version = :expected")
                .updateExpression("SET #status = :sending ADD version :one")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)),
                        ":sending", AttributeValue.fromS(ConversationStatus.SENDING.name()), ":one", AttributeValue.fromN("1")))
                .build();
        try {
            dynamo.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().update(approve).build(),
                    TransactWriteItem.builder().update(sending).build()));
            return ApprovalOutcome.APPROVED;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                return get(pk, TableDesign.DRAFT_PREFIX + draftId).isPresent() ? ApprovalOutcome.NOT_PENDING : ApprovalOutcome.NOT_FOUND;
            }
            if (conditionFailed(e, 1)) {
                return ApprovalOutcome.CONCURRENT_CHANGE;
            }
            throw e;
        }
    }

    @Override
    public List<DueTimer> findDueTimers(Instant now, int limit) {
        List<DueTimer> due = new ArrayList<>();
        String upTo = now + "#~";
        Instant day = now.truncatedTo(ChronoUnit.DAYS).minus(SWEEP_LOOKBACK_DAYS, ChronoUnit.DAYS);
        for (; !day.isAfter(now) && due.size() < limit; day = day.plus(1, ChronoUnit.DAYS)) {
            String bucket = TableDesign.slaBucket(day);
            Map<String, AttributeValue> startKey = null;
            do {
                Map<String, AttributeValue> from = startKey;
                QueryResponse page = dynamo.query(q -> q.tableName(table).indexName(TableDesign.SLA_INDEX)
                        .keyConditionExpression(TableDesign.SLA_BUCKET + " = :bucket AND " + TableDesign.SLA_DUE_KEY + " <= :upTo")
                        .expressionAttributeValues(Map.of(":bucket", AttributeValue.fromS(bucket), ":upTo", AttributeValue.fromS(upTo)))
                        .limit(limit - due.size()).exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    due.add(new DueTimer(Items.s(item, "tenantId"), Items.s(item, "conversationId"), Items.s(item, "storeId"),
                            Channel.fromWireName(Items.s(item, "channel")), Items.instant(item, "slaStartedAt"), Items.instant(item, "slaDueAt"),
                            Items.instant(item, "slaWarnAt"), item.containsKey("slaWarnedAt"), Items.s(item, "lastIntent"),
                            Items.ss(item, "risks", RiskSignal::fromWireName)));
                }
                startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (startKey != null && due.size() < limit);
        }
        return due;
    }

    @Override
    public boolean markWarned(DueTimer timer, Instant at) {
        // the warning is claimed once; the index moves on to the due time, so the next sweeps see it only when it breaches
        return conditionalUpdate(timer, "slaState = :running AND slaDueAt = :due AND attribute_not_exists(slaWarnedAt)",
                "SET slaWarnedAt = :at, " + TableDesign.SLA_BUCKET + " = :bucket, " + TableDesign.SLA_DUE_KEY + " = :key ADD version :one",
                Map.of(":running", AttributeValue.fromS(SlaState.RUNNING.name()), ":at", AttributeValue.fromS(at.toString()),
                        ":bucket", AttributeValue.fromS(TableDesign.slaBucket(timer.dueAt())),
                        ":key", AttributeValue.fromS(TableDesign.slaDueKey(timer.dueAt(), timer.tenantId(), timer.conversationId()))));
    }

    @Override
    public void unmarkWarned(DueTimer timer) {
        Instant warnAt = timer.warnAt() != null ? timer.warnAt() : timer.dueAt();
        conditionalUpdate(timer, "slaState = :running AND slaDueAt = :due AND attribute_exists(slaWarnedAt)",
                "SET " + TableDesign.SLA_BUCKET + " = :bucket, " + TableDesign.SLA_DUE_KEY + " = :key REMOVE slaWarnedAt ADD version :one",
                Map.of(":running", AttributeValue.fromS(SlaState.RUNNING.name()),
                        ":bucket", AttributeValue.fromS(TableDesign.slaBucket(warnAt)),
                        ":key", AttributeValue.fromS(TableDesign.slaDueKey(warnAt, timer.tenantId(), timer.conversationId()))));
    }

    @Override
    public boolean markBreached(DueTimer timer, Instant at) {
        return breachWrite(timer, at, "slaState = :running AND slaDueAt = :due",
                "SET slaState = :breached, slaBreachedAt = :at REMOVE " + TableDesign.SLA_BUCKET + ", " + TableDesign.SLA_DUE_KEY
                        + " ADD version :one",
                Map.of(":running", AttributeValue.fromS(SlaState.RUNNING.name()), ":breached", AttributeValue.fromS(SlaState.BREACHED.name()),
                        ":at", AttributeValue.fromS(at.toString())), 1);
    }

    @Override
    public void unmarkBreached(DueTimer timer, Instant markedAt) {
        // answered or re-armed meanwhile: the condition fails and there is nothing to undo
        breachWrite(timer, markedAt, "slaState = :breached AND slaDueAt = :due",
                "SET slaState = :running, " + TableDesign.SLA_BUCKET + " = :bucket, " + TableDesign.SLA_DUE_KEY
                        + " = :key REMOVE slaBreachedAt ADD version :one",
                Map.of(":breached", AttributeValue.fromS(SlaState.BREACHED.name()), ":running", AttributeValue.fromS(SlaState.RUNNING.name()),
                        ":bucket", AttributeValue.fromS(TableDesign.slaBucket(timer.dueAt())),
                        ":key", AttributeValue.fromS(TableDesign.slaDueKey(timer.dueAt(), timer.tenantId(), timer.conversationId()))), -1);
    }

    /** The conversation's conditional update and the breach count of its day in one transaction: both or neither. */
    private boolean breachWrite(DueTimer timer, Instant day, String condition, String update, Map<String, AttributeValue> values, int breaches) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":due", AttributeValue.fromS(timer.dueAt().toString()));
        all.put(":one", AttributeValue.fromN("1"));
        Update conversation = Update.builder().tableName(table)
                .key(Items.key(TableDesign.conversationPk(timer.tenantId(), timer.conversationId()), TableDesign.CONVERSATION_SK))
                .conditionExpression(condition).updateExpression(update).expressionAttributeValues(all).build();
        Update figures = addFigures(timer.tenantId(), new SlaFigures(LocalDate.ofInstant(day, ZoneOffset.UTC), timer.channel(),
                timer.storeId(), 0, 0, breaches, 0, 0, 0));
        return writeUnlessFirstConditionFails(TransactWriteItem.builder().update(conversation).build(),
                TransactWriteItem.builder().update(figures).build());
    }

    /**
     * Writes the items in one transaction.
     *
     * @return false, writing nothing, when the first item's condition fails (already done, or no longer applies)
     */
    private boolean writeUnlessFirstConditionFails(TransactWriteItem... items) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    /** Adds counters to a day's figures item, creating it on first use. */
    private Update addFigures(String tenantId, SlaFigures add) {
        return Update.builder().tableName(table)
                .key(Items.key(TableDesign.tenantPk(tenantId), TableDesign.figuresSk(add.day(), add.channel().wireName(), add.storeId())))
                .updateExpression("SET tenantId = :tenant, #day = :day, channel = :channel, storeId = :store "
                        + "ADD responses :responses, onTime :onTime, breaches :breaches, responseSeconds :responseSeconds, "
                        + "firstResponses :firstResponses, firstResponseSeconds :firstResponseSeconds")
                .expressionAttributeNames(Map.of("#day", "day"))
                .expressionAttributeValues(Map.of(":tenant", AttributeValue.fromS(tenantId), ":day", AttributeValue.fromS(add.day().toString()),
                        ":channel", AttributeValue.fromS(add.channel().wireName()), ":store", AttributeValue.fromS(add.storeId()),
                        ":responses", number(add.responses()), ":onTime", number(add.onTime()), ":breaches", number(add.breaches()),
                        ":responseSeconds", number(add.responseSeconds()), ":firstResponses", number(add.firstResponses()),
                        ":firstResponseSeconds", number(add.firstResponseSeconds())))
                .build();
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    @Override
    public List<SlaFigures> slaFigures(String tenantId, LocalDate from, LocalDate to) {
        List<SlaFigures> figures = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> start = startKey;
            QueryResponse page = dynamo.query(q -> q.tableName(table)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableDesign.tenantPk(tenantId)),
                            ":from", AttributeValue.fromS(TableDesign.FIGURES_PREFIX + from), ":to", AttributeValue.fromS(TableDesign.FIGURES_PREFIX + to + "#~")))
                    .exclusiveStartKey(start));
            for (Map<String, AttributeValue> item : page.items()) {
                figures.add(new SlaFigures(LocalDate.parse(Items.s(item, "day")), Channel.fromWireName(Items.s(item, "channel")),
                        Items.s(item, "storeId"), Items.n(item, "responses", 0), Items.n(item, "onTime", 0), Items.n(item, "breaches", 0),
                        Items.n(item, "responseSeconds", 0), Items.n(item, "firstResponses", 0), Items.n(item, "firstResponseSeconds", 0)));
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return figures;
    }

    @Override
    public boolean closeWithoutResponse(String tenantId, String conversationId, Instant startedAt) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Items.key(TableDesign.conversationPk(tenantId, conversationId), TableDesign.CONVERSATION_SK))
                    .conditionExpression("slaState = :running AND slaStartedAt = :started")
                    .updateExpression("SET slaState = :closed REMOVE " + TableDesign.SLA_BUCKET + ", " + TableDesign.SLA_DUE_KEY
                            + " ADD version :one")
                    .expressionAttributeValues(Map.of(":running", AttributeValue.fromS(SlaState.RUNNING.name()),
                            ":started", AttributeValue.fromS(startedAt.toString()), ":closed", AttributeValue.fromS(SlaState.CLOSED.name()),
                            ":one", AttributeValue.fromN("1"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** One conditional write on the conversation of {@code timer}, guarded by its due time; false when the condition failed. */
    private boolean conditionalUpdate(DueTimer timer, String condition, String update, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":due", AttributeValue.fromS(timer.dueAt().toString()));
        all.put(":one", AttributeValue.fromN("1"));
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Items.key(TableDesign.conversationPk(timer.tenantId(), timer.conversationId()), TableDesign.CONVERSATION_SK))
                    .conditionExpression(condition).updateExpression(update).expressionAttributeValues(all));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Strongly consistent: every read here decides a conditional write or answers right after one. */
    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Items.key(pk, sk)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static String pk(MessageRef ref) {
        return TableDesign.conversationPk(ref.tenantId(), ref.conversationId());
    }

    /** Jittered exponential back-off, so writers racing on one conversation stop colliding in lock-step. */
    private static void backOff(int attempt) {
        long ceiling = Math.min(200, 5L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a conversation write", e);
        }
    }

    private static boolean hasReason(TransactionCanceledException e, String code) {
        return e.cancellationReasons() != null && e.cancellationReasons().stream().anyMatch(r -> code.equals(r.code()));
    }

    private static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}
