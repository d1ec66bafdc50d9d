package com.linkstar.reply.aws;

import static com.linkstar.reply.aws.Items.instant;
import static com.linkstar.reply.aws.Items.item;
import static com.linkstar.reply.aws.Items.s;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Domain records ⇄ DynamoDB items. Every item of buyer data carries the retention TTL. */
final class ItemMapper {

    private final Duration retention;

    static final String LAST_REPLY_AUTOMATIC = "lastReplyAutomatic";

    ItemMapper(Duration retention) {
        this.retention = retention;
    }

    long expiresAt(Instant from) {
        return from.plus(retention).getEpochSecond();
    }

    Map<String, AttributeValue> conversation(Conversation c) {
        Items.Builder b = item()
                .s(TableDesign.PK, TableDesign.conversationPk(c.tenantId(), c.conversationId()))
                .s(TableDesign.SK, TableDesign.CONVERSATION_SK)
                .s("tenantId", c.tenantId()).s("conversationId", c.conversationId()).s("storeId", c.storeId())
                .s("channel", c.channel().wireName()).s("marketplace", c.marketplace()).s("orderId", c.orderId())
                .s("buyerHandle", c.buyerHandle()).s("status", c.status().name()).s("lastIntent", c.lastIntent())
                .ss("risks", c.risks().stream().map(RiskSignal::wireName).toList())
                .s("firstMessageAt", c.firstMessageAt()).s("lastMessageAt", c.lastMessageAt())
                .s("firstResponseAt", c.firstResponseAt())
                .n("version", c.version())
                .flag(LAST_REPLY_AUTOMATIC, c.lastReplyAutomatic())
                .s(TableDesign.ACTIVITY_PK, TableDesign.activityPk(c.tenantId()))
                .s(TableDesign.ACTIVITY_SK, c.lastMessageAt() + "#" + c.conversationId())
                .n(TableDesign.EXPIRES_AT, expiresAt(c.lastMessageAt()));
        SlaTimer sla = c.sla();
        if (sla != null) {
            b.s("slaStartedAt", sla.startedAt()).s("slaDueAt", sla.dueAt()).s("slaWarnAt", sla.warnAt()).s("slaWarnedAt", sla.warnedAt())
                    .s("slaState", sla.state().name()).s("slaBreachedAt", sla.breachedAt());
            Instant nextAlert = sla.nextAlertAt();
            if (nextAlert != null) {
                b.s(TableDesign.SLA_BUCKET, TableDesign.slaBucket(nextAlert))
                        .s(TableDesign.SLA_DUE_KEY, TableDesign.slaDueKey(nextAlert, c.tenantId(), c.conversationId()));
            }
        }
        return b.build();
    }

    Conversation conversation(Map<String, AttributeValue> item) {
        SlaTimer sla = item.containsKey("slaDueAt")
                ? new SlaTimer(instant(item, "slaStartedAt"), instant(item, "slaDueAt"), instant(item, "slaWarnAt"),
                        instant(item, "slaWarnedAt"), SlaState.valueOf(s(item, "slaState")), instant(item, "slaBreachedAt"))
                : null;
        return new Conversation(s(item, "tenantId"), s(item, "conversationId"), s(item, "storeId"),
                Channel.fromWireName(s(item, "channel")), s(item, "marketplace"), s(item, "orderId"), s(item, "buyerHandle"),
                ConversationStatus.valueOf(s(item, "status")), s(item, "lastIntent"),
                Items.ss(item, "risks", RiskSignal::fromWireName), instant(item, "firstMessageAt"),
                instant(item, "lastMessageAt"), instant(item, "firstResponseAt"), sla, Items.n(item, "version", 0),
                Items.flag(item, LAST_REPLY_AUTOMATIC));
    }

    Map<String, AttributeValue> message(BuyerMessage m) {
        return item()
                .s(TableDesign.PK, TableDesign.conversationPk(m.tenantId(), m.conversationId()))
                .s(TableDesign.SK, TableDesign.MESSAGE_PREFIX + m.messageId())
                .s("tenantId", m.tenantId()).s("storeId", m.storeId()).s("channel", m.channel().wireName())
                .s("marketplace", m.marketplace()).s("conversationId", m.conversationId()).s("messageId", m.messageId())
                .s("platformMessageId", m.platformMessageId()).s("orderId", m.orderId()).s("buyerHandle", m.buyerHandle())
                .s("subject", m.subject()).s("text", m.text()).s("receivedAt", m.receivedAt())
                .n(TableDesign.EXPIRES_AT, expiresAt(m.receivedAt()))
                .build();
    }

    BuyerMessage message(Map<String, AttributeValue> item) {
        return new BuyerMessage(s(item, "tenantId"), s(item, "storeId"), Channel.fromWireName(s(item, "channel")),
                s(item, "marketplace"), s(item, "conversationId"), s(item, "messageId"), s(item, "platformMessageId"),
                s(item, "orderId"), s(item, "buyerHandle"), s(item, "subject"), s(item, "text"), instant(item, "receivedAt"));
    }

    Map<String, AttributeValue> label(String pk, String messageId, Classification label, Instant at) {
        return item()
                .s(TableDesign.PK, pk).s(TableDesign.SK, TableDesign.LABEL_PREFIX + messageId)
                .s("messageId", messageId).s("intent", label.intent()).n("confidence", label.confidence())
                .ss("risks", label.risks().stream().map(RiskSignal::wireName).toList())
                .s("sentiment", label.sentiment().name()).s("language", label.language()).s("source", label.source().name())
                .l("evidence", label.evidence())
                .s("labeledAt", at)
                .n(TableDesign.EXPIRES_AT, expiresAt(at))
                .build();
    }

    Classification label(Map<String, AttributeValue> item) {
        return new Classification(s(item, "intent"), Items.d(item, "confidence"), Items.ss(item, "risks", RiskSignal::fromWireName),
                Sentiment.valueOf(s(item, "sentiment")), s(item, "language"), IntentSource.valueOf(s(item, "source")),
                Items.l(item, "evidence"));
    }

    Map<String, AttributeValue> draft(ReplyDraft d) {
        return item()
                .s(TableDesign.PK, TableDesign.conversationPk(d.tenantId(), d.conversationId()))
                .s(TableDesign.SK, TableDesign.DRAFT_PREFIX + d.draftId())
                .s("tenantId", d.tenantId()).s("conversationId", d.conversationId()).s("draftId", d.draftId())
                .s("messageId", d.messageId()).s("language", d.language()).s("intent", d.intent()).s("text", d.text())
                .s("templateId", d.templateId()).s("status", d.status().name()).s("escalationReason", d.escalationReason())
                .s("createdAt", d.createdAt())
                .l("compliance", d.complianceFindings())
                .n(TableDesign.EXPIRES_AT, expiresAt(d.createdAt()))
                .build();
    }

    ReplyDraft draft(Map<String, AttributeValue> item) {
        return new ReplyDraft(s(item, "tenantId"), s(item, "conversationId"), s(item, "draftId"), s(item, "messageId"),
                s(item, "language"), s(item, "intent"), s(item, "text"), s(item, "templateId"),
                DraftStatus.valueOf(s(item, "status")), s(item, "escalationReason"), instant(item, "createdAt"),
                item.containsKey("compliance") ? item.get("compliance").l().stream().map(AttributeValue::s).toList() : List.of());
    }
}
