package com.linkstar.reply.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.port.OrderActionRequest;
import com.linkstar.reply.core.port.OrderActions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Actions on an order through the seller's ERP over HTTP: {@code POST {base}/tenants/{tenant}/orders/{order}/actions}
 * with {@code {"kind", "idempotency_key", "reason"}} and the header {@code Idempotency-Key} (the buyer message id, so a
 * redelivered draft stage never takes the action twice). Only a 200 or 201 answering
 * {@code {"status": "confirmed", "facts": {...}}} whose facts confirm the action (e.g. {@code "refund_issued": true})
 * confirms anything, and then only the fact keys of DESIGN.md §7. Any other answer - another status, "pending" or
 * "rejected", a timeout, a body that is not JSON - confirms nothing and is logged once, so the draft promises nothing.
 */
public final class HttpOrderActions implements OrderActions {

    private static final Logger LOG = Logger.getLogger(HttpOrderActions.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** An ERP's own status word is logged only when it looks like one: the log never carries free text from outside. */
    private static final Pattern STATUS_WORD = Pattern.compile("[a-z][a-z_-]{0,31}");

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private final Consumer<String> warnings;

    public HttpOrderActions(URI base, HttpClient http) {
        this(base, http, TIMEOUT, LOG::warn);
    }

    HttpOrderActions(URI base, HttpClient http, Duration timeout, Consumer<String> warnings) {
        this.base = base;
        this.http = http;
        this.timeout = timeout;
        this.warnings = warnings;
    }

    @Override
    public OrderFacts request(String tenantId, OrderActionRequest request) {
        URI uri = HttpOrderData.orderUri(base, tenantId, request.orderId(), "/actions");
        ObjectNode body = OrderFactsJson.JSON.createObjectNode().put("kind", request.kind().wireName())
                .put("idempotency_key", request.idempotencyKey()).put("reason", request.reason());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", request.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            return answerOf(tenantId, request, response);
        } catch (HttpTimeoutException e) {
            return unconfirmed(tenantId, request, "timeout", "the draft promises nothing; the ERP may still take the action, and a "
                    + "redelivery asks again with the same Idempotency-Key");
        } catch (IOException e) {
            return unconfirmed(tenantId, request, "unreachable", "the draft promises nothing; check that the ERP endpoint is up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unconfirmed(tenantId, request, "interrupted", "the draft promises nothing");
        }
    }

    private OrderFacts answerOf(String tenantId, OrderActionRequest request, HttpResponse<String> response) {
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            return unconfirmed(tenantId, request, String.valueOf(response.statusCode()),
                    "the draft promises nothing; check the ERP's order-actions endpoint if this repeats");
        }
        JsonNode answer;
        try {
            answer = OrderFactsJson.readObject(response.body());
        } catch (IOException e) {
            return unconfirmed(tenantId, request, "not-json", "the draft promises nothing; check the ERP endpoint's answers");
        }
        String status = answer.path("status").asText("");
        if (!status.equals("confirmed")) {
            return unconfirmed(tenantId, request, STATUS_WORD.matcher(status).matches() ? status : "unknown", status.equals("pending")
                    ? "the draft says what will be checked; the ERP has not taken the action yet"
                    : "the draft promises nothing; the ERP did not take the action");
        }
        JsonNode facts = answer.path("facts");
        OrderFacts confirmed = facts.isObject() ? OrderFactsJson.factsOf(facts) : OrderFacts.NONE;
        if (!confirmed.confirmed(request.kind().confirmingFact())) {
            return unconfirmed(tenantId, request, "confirmed", "the draft promises nothing; a confirmed answer's facts must say "
                    + request.kind().confirmingFact() + "=true");
        }
        return confirmed;
    }

    private OrderFacts unconfirmed(String tenantId, OrderActionRequest request, String status, String action) {
        warnings.accept(String.format("decision=order-action-unconfirmed tenant=%s kind=%s status=%s action=\"%s\"", tenantId,
                request.kind().wireName(), status, action));
        return OrderFacts.NONE;
    }
}
