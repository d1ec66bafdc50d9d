package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.model.BuyerMessage;
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
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.TenantDirectory;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaFigures;
import com.linkstar.reply.core.usecase.ConversationLifecycle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The in-memory twin of the DynamoDB store: same contract, same tests, for unit tests and experiments. */
public final class InMemoryConversationStore implements ConversationStore, TenantDirectory {

    private record Key(String tenantId, String conversationId) {
    }

    private final Set<String> activeTenants = new HashSet<>();
    /** tenant → "day#channel#store" → figures */
    private final Map<String, Map<String, SlaFigures>> figures = new HashMap<>();
    private final Map<Key, Conversation> conversations = new HashMap<>();
    private final Map<Key, Map<String, BuyerMessage>> messages = new HashMap<>();
    private final Map<Key, Map<String, Classification>> labels = new HashMap<>();
    private final Map<Key, Map<String, ReplyDraft>> drafts = new HashMap<>();
    /** draft → until when a sender holds it */
    private final Map<DraftRef, Instant> sendClaims = new HashMap<>();

    public synchronized void activateTenant(String tenantId) {
        activeTenants.add(tenantId);
    }

    @Override
    public synchronized boolean isActive(String tenantId) {
        return activeTenants.contains(tenantId);
    }

    @Override
    public synchronized WriteOutcome recordInbound(BuyerMessage message, SlaTimer clock) {
        Key key = new Key(message.tenantId(), message.conversationId());
        Map<String, BuyerMessage> thread = messages.computeIfAbsent(key, k -> new LinkedHashMap<>());
        if (thread.containsKey(message.messageId())) {
            return WriteOutcome.ALREADY_EXISTED;
        }
        thread.put(message.messageId(), message);
        conversations.put(key, ConversationLifecycle.onInbound(conversations.get(key), message, clock));
        return WriteOutcome.CREATED;
    }

    @Override
    public synchronized Optional<BuyerMessage> findMessage(MessageRef ref) {
        return Optional.ofNullable(messages.getOrDefault(key(ref), Map.of()).get(ref.messageId()));
    }

    @Override
    public synchronized WriteOutcome saveLabel(MessageRef ref, Classification label) {
        Map<String, Classification> byMessage = labels.computeIfAbsent(key(ref), k -> new HashMap<>());
        if (byMessage.containsKey(ref.messageId())) {
            return WriteOutcome.ALREADY_EXISTED;
        }
        byMessage.put(ref.messageId(), label);
        Conversation c = conversations.get(key(ref));
        conversations.put(key(ref), new Conversation(c.tenantId(), c.conversationId(), c.storeId(), c.channel(), c.marketplace(),
                c.orderId(), c.buyerHandle(), c.status(), label.intent(), union(c, label), c.firstMessageAt(), c.lastMessageAt(),
                c.firstResponseAt(), c.sla(), c.version() + 1, c.lastReplyAutomatic()));
        return WriteOutcome.CREATED;
    }

    private static Set<com.linkstar.reply.core.model.RiskSignal> union(Conversation c, Classification label) {
        Set<com.linkstar.reply.core.model.RiskSignal> all = new HashSet<>(c.risks());
        all.addAll(label.risks());
        return all;
    }

    @Override
    public synchronized Optional<Classification> findLabel(MessageRef ref) {
        return Optional.ofNullable(labels.getOrDefault(key(ref), Map.of()).get(ref.messageId()));
    }

    @Override
    public synchronized WriteOutcome saveDraft(ReplyDraft draft) {
        Key key = new Key(draft.tenantId(), draft.conversationId());
        Map<String, ReplyDraft> byId = drafts.computeIfAbsent(key, k -> new LinkedHashMap<>());
        if (byId.containsKey(draft.draftId())) {
            return WriteOutcome.ALREADY_EXISTED;
        }
        byId.put(draft.draftId(), draft);
        Conversation c = conversations.get(key);
        conversations.put(key, withStatus(c, ConversationLifecycle.statusAfterDraft(draft.status()), c.firstResponseAt(), c.sla()));
        return WriteOutcome.CREATED;
    }

    @Override
    public synchronized Optional<ReplyDraft> findDraft(DraftRef ref) {
        return Optional.ofNullable(drafts.getOrDefault(new Key(ref.tenantId(), ref.conversationId()), Map.of()).get(ref.draftId()));
    }

    @Override
    public synchronized SendClaim claimSend(DraftRef ref, Instant now, Instant leaseUntil) {
        ReplyDraft draft = findDraft(ref).orElse(null);
        if (draft == null || draft.status() != DraftStatus.APPROVED && draft.status() != DraftStatus.AUTO_SEND) {
            return draft != null && draft.status() == DraftStatus.SENT ? SendClaim.ALREADY_SENT : SendClaim.NOT_SENDABLE;
        }
        Instant held = sendClaims.get(ref);
        if (held != null && !held.isBefore(now)) {
            return SendClaim.CLAIMED_ELSEWHERE;
        }
        sendClaims.put(ref, leaseUntil);
        return SendClaim.CLAIMED;
    }

    @Override
    public synchronized void releaseSend(DraftRef ref) {
        sendClaims.remove(ref);
    }

    @Override
    public synchronized SentOutcome markSent(ReplyDraft sent, Instant sentAt, SentRecord record) {
        Key key = new Key(sent.tenantId(), sent.conversationId());
        ReplyDraft draft = drafts.getOrDefault(key, Map.of()).get(sent.draftId());
        if (draft == null || draft.status() == DraftStatus.SENT) {
            return SentOutcome.RECORDED;
        }
        Conversation c = conversations.get(key);
        if (record.expectedVersion() != null && c.version() != record.expectedVersion()) {
            return SentOutcome.CONCURRENT_CHANGE;
        }
        drafts.get(key).put(draft.draftId(), draft.withStatus(DraftStatus.SENT, draft.escalationReason()));
        sendClaims.remove(sent.ref());
        ConversationStatus status = record.newStatus() == null ? c.status() : record.newStatus();
        boolean answered = record.newStatus() == ConversationStatus.ANSWERED;
        SlaTimer sla = answered && c.sla() != null ? c.sla().withState(SlaState.STOPPED) : c.sla();
        conversations.put(key, withStatus(c, status, answered && c.firstResponseAt() == null ? sentAt : c.firstResponseAt(), sla,
                record.automatic()));
        if (record.response() != null) {
            addFigures(sent.tenantId(), record.response().figures());
        }
        return SentOutcome.RECORDED;
    }

    @Override
    public synchronized boolean holdAutomatic(DraftRef ref, String reason) {
        return sendBack(ref, Set.of(DraftStatus.AUTO_SEND), DraftStatus.PENDING_APPROVAL, ConversationStatus.PENDING_APPROVAL, reason);
    }

    @Override
    public synchronized boolean returnUndelivered(DraftRef ref, String reason) {
        return sendBack(ref, Set.of(DraftStatus.APPROVED, DraftStatus.AUTO_SEND), DraftStatus.ESCALATED, ConversationStatus.ESCALATED,
                reason);
    }

    /** A draft on its way out goes back to a person; the clock is left as it is. */
    private boolean sendBack(DraftRef ref, Set<DraftStatus> from, DraftStatus draftStatus, ConversationStatus conversationStatus,
            String reason) {
        Key key = new Key(ref.tenantId(), ref.conversationId());
        ReplyDraft draft = findDraft(ref).orElse(null);
        if (draft == null || !from.contains(draft.status())) {
            return false;
        }
        drafts.get(key).put(ref.draftId(), draft.withStatus(draftStatus, reason));
        sendClaims.remove(ref);
        Conversation c = conversations.get(key);
        conversations.put(key, withStatus(c, conversationStatus, c.firstResponseAt(), c.sla()));
        return true;
    }

    @Override
    public synchronized Optional<Conversation> findConversation(String tenantId, String conversationId) {
        return Optional.ofNullable(conversations.get(new Key(tenantId, conversationId)));
    }

    @Override
    public synchronized Optional<ConversationDetail> findConversationDetail(String tenantId, String conversationId) {
        Key key = new Key(tenantId, conversationId);
        Conversation c = conversations.get(key);
        if (c == null) {
            return Optional.empty();
        }
        List<BuyerMessage> thread = new ArrayList<>(messages.getOrDefault(key, Map.of()).values());
        thread.sort(Comparator.comparing(BuyerMessage::receivedAt));
        return Optional.of(new ConversationDetail(c, thread, Map.copyOf(labels.getOrDefault(key, Map.of())),
                List.copyOf(drafts.getOrDefault(key, Map.of()).values())));
    }

    @Override
    public synchronized ConversationPage listConversations(String tenantId, ConversationFilter filter, int limit, String cursor) {
        List<Conversation> matching = conversations.values().stream()
                .filter(c -> c.tenantId().equals(tenantId) && filter.matches(c))
                .sorted(Comparator.comparing(Conversation::lastMessageAt).reversed().thenComparing(Conversation::conversationId))
                .toList();
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(matching.size(), start + limit);
        return new ConversationPage(matching.subList(start, end), end < matching.size() ? Integer.toString(end) : null);
    }

    @Override
    public synchronized ApprovalOutcome approveDraft(String tenantId, String conversationId, String draftId, String approvedBy,
            long expectedVersion, Instant approvedAt) {
        Key key = new Key(tenantId, conversationId);
        Conversation c = conversations.get(key);
        ReplyDraft draft = drafts.getOrDefault(key, Map.of()).get(draftId);
        if (c == null || draft == null) {
            return ApprovalOutcome.NOT_FOUND;
        }
        if (draft.status() != DraftStatus.PENDING_APPROVAL && draft.status() != DraftStatus.ESCALATED) {
            return ApprovalOutcome.NOT_PENDING;
        }
        if (c.version() != expectedVersion) {
            return ApprovalOutcome.CONCURRENT_CHANGE;
        }
        drafts.get(key).put(draftId, draft.withStatus(DraftStatus.APPROVED, draft.escalationReason()));
        conversations.put(key, withStatus(c, ConversationStatus.SENDING, c.firstResponseAt(), c.sla()));
        return ApprovalOutcome.APPROVED;
    }

    @Override
    public synchronized List<DueTimer> findDueTimers(Instant now, int limit) {
        return conversations.values().stream()
                .filter(c -> c.sla() != null && c.sla().nextAlertAt() != null && !c.sla().nextAlertAt().isAfter(now))
                .sorted(Comparator.comparing((Conversation c) -> c.sla().nextAlertAt()))
                .limit(limit)
                .map(c -> new DueTimer(c.tenantId(), c.conversationId(), c.storeId(), c.channel(), c.sla().startedAt(), c.sla().dueAt(),
                        c.sla().warnAt(), c.sla().warnedAt() != null, c.lastIntent(), c.risks()))
                .toList();
    }

    @Override
    public synchronized boolean markWarned(DueTimer timer, Instant at) {
        Conversation c = runningClockOf(timer);
        if (c == null || c.sla().warnedAt() != null) {
            return false;
        }
        replaceClock(c, c.sla().warned(at));
        return true;
    }

    @Override
    public synchronized void unmarkWarned(DueTimer timer) {
        Conversation c = runningClockOf(timer);
        if (c != null && c.sla().warnedAt() != null) {
            replaceClock(c, c.sla().warned(null));
        }
    }

    @Override
    public synchronized boolean markBreached(DueTimer timer, Instant at) {
        Conversation c = runningClockOf(timer);
        if (c == null) {
            return false;
        }
        replaceClock(c, c.sla().breached(at));
        addFigures(timer.tenantId(), breach(timer, at, 1));
        return true;
    }

    @Override
    public synchronized void unmarkBreached(DueTimer timer, Instant markedAt) {
        Conversation c = conversations.get(new Key(timer.tenantId(), timer.conversationId()));
        if (c != null && c.sla() != null && c.sla().state() == SlaState.BREACHED && c.sla().dueAt().equals(timer.dueAt())) {
            SlaTimer sla = c.sla();
            replaceClock(c, new SlaTimer(sla.startedAt(), sla.dueAt(), sla.warnAt(), sla.warnedAt(), SlaState.RUNNING, null));
            addFigures(timer.tenantId(), breach(timer, markedAt, -1));
        }
    }

    @Override
    public synchronized boolean closeWithoutResponse(String tenantId, String conversationId, Instant startedAt) {
        Conversation c = conversations.get(new Key(tenantId, conversationId));
        if (c == null || c.sla() == null || c.sla().state() != SlaState.RUNNING || !c.sla().startedAt().equals(startedAt)) {
            return false;
        }
        replaceClock(c, c.sla().withState(SlaState.CLOSED));
        return true;
    }

    @Override
    public synchronized List<SlaFigures> slaFigures(String tenantId, LocalDate from, LocalDate to) {
        return figures.getOrDefault(tenantId, Map.of()).values().stream()
                .filter(f -> !f.day().isBefore(from) && !f.day().isAfter(to))
                .sorted(Comparator.comparing(SlaFigures::day).thenComparing(f -> f.channel().wireName()).thenComparing(SlaFigures::storeId))
                .toList();
    }

    private void addFigures(String tenantId, SlaFigures add) {
        figures.computeIfAbsent(tenantId, t -> new HashMap<>())
                .merge(add.day() + "#" + add.channel().wireName() + "#" + add.storeId(), add, SlaFigures::plus);
    }

    /** One breach (or, with -1, one breach undone) on the day it was marked. */
    static SlaFigures breach(DueTimer timer, Instant at, int count) {
        return new SlaFigures(LocalDate.ofInstant(at, ZoneOffset.UTC), timer.channel(), timer.storeId(), 0, 0, count, 0, 0, 0);
    }

    /** The conversation if its clock still runs with the due time the sweep read, else null. */
    private Conversation runningClockOf(DueTimer timer) {
        Conversation c = conversations.get(new Key(timer.tenantId(), timer.conversationId()));
        boolean same = c != null && c.sla() != null && c.sla().state() == SlaState.RUNNING && c.sla().dueAt().equals(timer.dueAt());
        return same ? c : null;
    }

    private void replaceClock(Conversation c, SlaTimer sla) {
        conversations.put(new Key(c.tenantId(), c.conversationId()), withStatus(c, c.status(), c.firstResponseAt(), sla));
    }

    private static Conversation withStatus(Conversation c, ConversationStatus status, Instant firstResponseAt, SlaTimer sla) {
        return withStatus(c, status, firstResponseAt, sla, c.lastReplyAutomatic());
    }

    private static Conversation withStatus(Conversation c, ConversationStatus status, Instant firstResponseAt, SlaTimer sla,
            boolean lastReplyAutomatic) {
        return new Conversation(c.tenantId(), c.conversationId(), c.storeId(), c.channel(), c.marketplace(), c.orderId(),
                c.buyerHandle(), status, c.lastIntent(), c.risks(), c.firstMessageAt(), c.lastMessageAt(), firstResponseAt, sla,
                c.version() + 1, lastReplyAutomatic);
    }

    private static Key key(MessageRef ref) {
        return new Key(ref.tenantId(), ref.conversationId());
    }
}
