package com.linkstar.reply.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linkstar.reply.aws.SignedWebhook;
import com.linkstar.reply.aws.WebhookReplySender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The channel connector of the local stack, on loopback: what a seller's connector does before it posts a reply through
 * eBay's, Shopee's or TikTok Shop's API, short of posting it. Each tenant has its own URL ({@code /replies/TENANT}) and
 * secret. It checks the signature, the timestamp and the tenant, accepts each
 * draft once by its {@code Idempotency-Key}, and puts the reply in the {@link LocalOutbox}. It answers 401, 400 or 405
 * as a real connector would, so the send function's handling of a refusal is the one that runs in AWS.
 */
public final class LocalConnector implements AutoCloseable {

    /** How old a signed timestamp may be; older calls are refused as replays. */
    static final long MAX_AGE_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> secretByTenant;
    private final LocalOutbox outbox;
    private final Clock clock;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();

    public LocalConnector(Map<String, String> secretByTenant, LocalOutbox outbox, Clock clock) throws IOException {
        this.secretByTenant = Map.copyOf(secretByTenant);
        this.outbox = outbox;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/replies", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "local-connector");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** What a tenant's {@code delivery.webhookUrl} is set to locally. */
    public URI replyUrl(String tenantId) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/replies/" + tenantId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "POST a reply");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String tenant = path.startsWith("/replies/") ? path.substring("/replies/".length()) : "";
            String secret = secretByTenant.get(tenant);
            if (secret == null) {
                answer(exchange, 404, "no tenant '" + tenant + "' here; POST to /replies/TENANT");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst(SignedWebhook.TIMESTAMP_HEADER);
            if (!SignedWebhook.isAuthentic(secret, timestamp, body, exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER))) {
                answer(exchange, 401, "the signature does not match the body under the tenant's secret");
                return;
            }
            if (!isRecent(timestamp)) {
                answer(exchange, 401, "the timestamp is more than " + MAX_AGE_SECONDS + " s away from now (a replay?)");
                return;
            }
            String draftId = exchange.getRequestHeaders().getFirst(WebhookReplySender.IDEMPOTENCY_HEADER);
            JsonNode reply = parse(body);
            if (draftId == null || !(reply instanceof ObjectNode object) || !object.hasNonNull("text") || !object.hasNonNull("channel")) {
                answer(exchange, 400, "a reply needs an " + WebhookReplySender.IDEMPOTENCY_HEADER + " header and a JSON body with channel and text");
                return;
            }
            if (!tenant.equals(object.path("tenantId").asText())) {
                answer(exchange, 400, "the reply is for tenant '" + object.path("tenantId").asText() + "', not '" + tenant + "'");
                return;
            }
            if (accepted.add(draftId)) {
                try {
                    outbox.webhook(object);
                } catch (UncheckedIOException e) {
                    accepted.remove(draftId);
                    answer(exchange, 500, e.getMessage());
                    return;
                }
            }
            // a repeat of an accepted draft is acknowledged, not posted again: that is what the idempotency key is for
            answer(exchange, 200, "accepted");
        }
    }

    private boolean isRecent(String timestamp) {
        try {
            return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= MAX_AGE_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void answer(HttpExchange exchange, int status, String message) throws IOException {
        byte[] bytes = JSON.createObjectNode().put("message", message).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
