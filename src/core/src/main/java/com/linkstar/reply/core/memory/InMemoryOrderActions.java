package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.port.OrderActionKind;
import com.linkstar.reply.core.port.OrderActionRequest;
import com.linkstar.reply.core.port.OrderActions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ERP in memory, for tests and the local stack. Each (tenant, order, kind) is configured with the facts the ERP
 * confirms once it has taken the action, or to fail; anything not configured stays unconfirmed (pending).
 * <p>
 * Idempotent as an ERP honouring the {@code Idempotency-Key} header is: the first confirmed answer to a key is the
 * answer to every later request with that key, and the action is recorded once. A failed or unconfirmed request takes
 * no action and leaves nothing behind, so a redelivery asks again (the marker of a failed attempt is deleted).
 */
public final class InMemoryOrderActions implements OrderActions {

    /** A request as it reached the ERP, and the answer it got. */
    public record Received(String tenantId, OrderActionRequest request, OrderFacts answer) {
    }

    private record Target(String tenantId, String orderId, OrderActionKind kind) {
    }

    private record Key(String tenantId, String idempotencyKey) {
    }

    private final Map<Target, OrderFacts> outcomes = new HashMap<>();
    private final Map<Key, Received> actions = new LinkedHashMap<>();
    private final List<Received> requests = new ArrayList<>();

    /** The ERP takes the action and confirms these facts (e.g. {@code return_authorized=true, rma_number=…}). */
    public synchronized InMemoryOrderActions confirm(String tenantId, String orderId, OrderActionKind kind, OrderFacts facts) {
        outcomes.put(new Target(tenantId, orderId, kind), facts);
        return this;
    }

    /** The ERP fails (an error, a rejection): the action is not taken and nothing is confirmed. */
    public synchronized InMemoryOrderActions fail(String tenantId, String orderId, OrderActionKind kind) {
        outcomes.put(new Target(tenantId, orderId, kind), OrderFacts.NONE);
        return this;
    }

    @Override
    public synchronized OrderFacts request(String tenantId, OrderActionRequest request) {
        Key key = new Key(tenantId, request.idempotencyKey());
        Received earlier = actions.get(key);
        if (earlier != null) {
            if (earlier.request().kind() != request.kind() || !earlier.request().orderId().equals(request.orderId())) {
                throw new IllegalArgumentException("idempotency key " + request.idempotencyKey() + " was used for "
                        + earlier.request().kind().wireName() + " on order " + earlier.request().orderId() + ", not for "
                        + request.kind().wireName() + " on order " + request.orderId());
            }
            requests.add(new Received(tenantId, request, earlier.answer()));
            return earlier.answer();
        }
        OrderFacts answer = outcomes.getOrDefault(new Target(tenantId, request.orderId(), request.kind()), OrderFacts.NONE);
        Received received = new Received(tenantId, request, answer);
        requests.add(received);
        if (!answer.equals(OrderFacts.NONE)) {
            actions.put(key, received);
        }
        return answer;
    }

    /** Every request received, redeliveries included, in order. */
    public synchronized List<Received> requests() {
        return List.copyOf(requests);
    }

    /** The actions the ERP took: one per idempotency key, only those it confirmed. */
    public synchronized List<Received> actions() {
        return List.copyOf(actions.values());
    }
}
