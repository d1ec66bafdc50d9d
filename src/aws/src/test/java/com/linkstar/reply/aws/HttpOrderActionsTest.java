package com.linkstar.reply.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.port.OrderActionKind;
import com.linkstar.reply.core.port.OrderActionRequest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ERP's order actions over real HTTP: what a confirmed action yields, and that every other answer confirms nothing. */
class HttpOrderActionsTest {

    /** What the ERP received: method, raw path, Idempotency-Key and Content-Type headers, body. */
    private record Received(String method, String path, String idempotencyKey, String contentType, String body) {
    }

    /** Each order id of the test ERP answers one way. */
    private static final Map<String, String[]> ANSWERS = Map.of(
            "o-refunded", new String[] {"201", "{\"status\": \"confirmed\", \"facts\": {\"refund_issued\": true, \"refund_amount\": \"34.90\", "
                    + "\"currency\": \"EUR\", \"internal_ledger\": \"L-7\", \"carrier\": null}}"},
            "o-authorized", new String[] {"200", "{\"status\": \"confirmed\", \"facts\": {\"return_authorized\": true, \"rma_number\": \"RMA-40021\"}}"},
            "o-pending", new String[] {"200", "{\"status\": \"pending\"}"},
            "o-rejected", new String[] {"200", "{\"status\": \"rejected\", \"facts\": {\"refund_issued\": true}}"},
            "o-odd-status", new String[] {"200", "{\"status\": \"Refund sent to Jane Doe <jane@example.com>\"}"},
            "o-unconfirming", new String[] {"200", "{\"status\": \"confirmed\", \"facts\": {\"refund_issued\": false}}"},
            "o-broken", new String[] {"500", "{\"status\": \"confirmed\", \"facts\": {\"refund_issued\": true}}"},
            "o-accepted", new String[] {"202", "{\"status\": \"confirmed\", \"facts\": {\"refund_issued\": true}}"},
            "o-garbled", new String[] {"200", "<html>refund issued</html>"},
            "o-array", new String[] {"200", "[\"confirmed\"]"});

    private HttpServer erp;
    private ExecutorService handlers;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private HttpOrderActions actions;

    @BeforeEach
    void start() throws Exception {
        erp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers = Executors.newCachedThreadPool();
        erp.setExecutor(handlers);
        erp.createContext("/erp/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String order = path.replaceAll(".*/orders/([^/]+)/actions$", "$1");
            if (order.equals("o-slow")) {
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String[] answer = ANSWERS.getOrDefault(order, ANSWERS.get("o-refunded"));
            byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        erp.start();
        actions = new HttpOrderActions(URI.create("http://127.0.0.1:" + erp.getAddress().getPort() + "/erp"), HttpClient.newHttpClient(),
                Duration.ofMillis(500), warnings::add);
    }

    @AfterEach
    void stop() {
        erp.stop(0);
        handlers.shutdownNow();
    }

    private static OrderActionRequest refund(String order) {
        return new OrderActionRequest(OrderActionKind.REFUND, order, "m-abc", "refund_request");
    }

    @Test
    void should_yield_the_facts_the_erp_confirms_and_nothing_else() {
        OrderFacts facts = actions.request("acme", refund("o-refunded"));

        assertThat(facts.values()).containsOnly(Map.entry("refund_issued", true), Map.entry("refund_amount", "34.90"), Map.entry("currency", "EUR"));
        assertThat(actions.request("acme", new OrderActionRequest(OrderActionKind.RETURN_AUTHORIZATION, "o-authorized", "m-abd", "return_request"))
                .values()).containsOnly(Map.entry("return_authorized", true), Map.entry("rma_number", "RMA-40021"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void should_post_the_action_with_its_idempotency_key() throws Exception {
        actions.request("a b/c", new OrderActionRequest(OrderActionKind.RESHIPMENT, "302-1234567-1234567", "m-abc", "missing_parts"));

        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/erp/tenants/a%20b%2Fc/orders/302-1234567-1234567/actions");
        assertThat(request.idempotencyKey()).isEqualTo("m-abc");
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.size()).isEqualTo(3);
        assertThat(body.get("kind").asText()).isEqualTo("reshipment");
        assertThat(body.get("idempotency_key").asText()).isEqualTo("m-abc");
        assertThat(body.get("reason").asText()).isEqualTo("missing_parts");
    }

    @Test
    void should_confirm_nothing_and_warn_once_for_every_other_answer() {
        Map<String, String> statusLogged = Map.of("o-pending", "pending", "o-rejected", "rejected", "o-odd-status", "unknown",
                "o-unconfirming", "confirmed", "o-broken", "500", "o-accepted", "202", "o-garbled", "not-json", "o-array", "not-json",
                "o-slow", "timeout");
        statusLogged.forEach((order, status) -> {
            warnings.clear();
            assertThat(actions.request("acme", refund(order))).as(order).isEqualTo(OrderFacts.NONE);
            assertThat(warnings).as(order).singleElement().asString()
                    .startsWith("decision=order-action-unconfirmed tenant=acme kind=refund status=" + status + " action=\"")
                    .endsWith("\"")
                    .doesNotContain("Jane").doesNotContain("@").doesNotContain(order);
        });
        assertThat(received).hasSize(statusLogged.size());
    }

    @Test
    void should_confirm_nothing_when_the_erp_is_unreachable() {
        erp.stop(0);
        assertThat(actions.request("acme", refund("o-refunded"))).isEqualTo(OrderFacts.NONE);
        assertThat(warnings).singleElement().asString().contains("status=unreachable");
    }
}
