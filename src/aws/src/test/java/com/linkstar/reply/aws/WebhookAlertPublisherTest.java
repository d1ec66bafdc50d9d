package com.linkstar.reply.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.memory.InMemorySlaSettingsStore;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.sla.SlaSettings;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signed webhook over real HTTP: what a tenant's receiver gets, and what happens when it fails. */
class WebhookAlertPublisherTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final String SECRET = "whsec-test-0123456789";

    record Received(String body, String timestamp, String signature) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private final InMemorySlaSettingsStore settings = new InMemorySlaSettingsStore();
    private WebhookAlertPublisher publisher;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/sla", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(WebhookAlertPublisher.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookAlertPublisher.SIGNATURE_HEADER)));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        publisher = new WebhookAlertPublisher(settings, name -> name.equals("/linkstar/tenants/acme/webhook") ? SECRET : "wrong",
                HttpClient.newHttpClient(), PayloadJson.newMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void webhookFor(String tenant, String secretParameter) {
        settings.save(tenant, SlaSettings.fromMap(Map.of("webhook", Map.of(
                "url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/sla", "secret_parameter", secretParameter))));
    }

    private static SlaAlert alert(String tenant) {
        return new SlaAlert(SlaAlert.Level.WARNING, tenant, "c-1", "store-de", Channel.AMAZON, "delivery_problem",
                Set.of(RiskSignal.LEGAL_THREAT), NOW.plus(Duration.ofHours(6)), Duration.ofHours(6), null);
    }

    @Test
    void should_post_the_alert_signed_with_the_tenants_secret() {
        webhookFor("acme", "/linkstar/tenants/acme/webhook");

        publisher.publish(alert("acme"));

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(r.signature()).isEqualTo("sha256=" + SignedWebhook.sign(SECRET, r.timestamp() + "." + r.body()));
            assertThat(r.signature()).isNotEqualTo("sha256=" + SignedWebhook.sign("wrong", r.timestamp() + "." + r.body()));
            // what a receiver checks: the right secret over this body and timestamp, and nothing else
            assertThat(SignedWebhook.isAuthentic(SECRET, r.timestamp(), r.body(), r.signature())).isTrue();
            assertThat(SignedWebhook.isAuthentic("wrong", r.timestamp(), r.body(), r.signature())).isFalse();
            assertThat(SignedWebhook.isAuthentic(SECRET, r.timestamp(), r.body() + " ", r.signature())).isFalse();
            assertThat(SignedWebhook.isAuthentic(SECRET, r.timestamp() + "1", r.body(), r.signature())).isFalse();
            assertThat(SignedWebhook.isAuthentic(SECRET, r.timestamp(), r.body(), null)).isFalse();
            assertThat(r.body()).contains("\"level\":\"warning\"").contains("\"conversationId\":\"c-1\"").contains("\"storeId\":\"store-de\"")
                    .contains("delivery_problem").contains("legal_threat").doesNotContain(SECRET);
        });
    }

    @Test
    void should_do_nothing_for_a_tenant_without_a_webhook() {
        publisher.publish(alert("no-webhook"));
        assertThat(received).isEmpty();
    }

    @Test
    void should_refuse_a_secret_outside_the_tenants_own_path() {
        webhookFor("acme", "/linkstar/tenants/other/webhook");
        assertThatThrownBy(() -> publisher.publish(alert("acme"))).hasMessageContaining("outside /linkstar/tenants/acme/");
        assertThat(received).isEmpty();
    }

    @Test
    void should_fail_when_the_receiver_does_not_accept_and_fan_out_should_still_deliver_to_the_topic() {
        webhookFor("acme", "/linkstar/tenants/acme/webhook");
        status.set(500);
        assertThatThrownBy(() -> publisher.publish(alert("acme"))).hasMessageContaining("answered HTTP 500");

        List<SlaAlert> topic = new CopyOnWriteArrayList<>();
        new FanOutAlertPublisher(topic::add, publisher).publish(alert("acme")); // the webhook's failure is logged, not thrown
        assertThat(topic).hasSize(1);

        assertThatThrownBy(() -> new FanOutAlertPublisher(a -> {
            throw new IllegalStateException("SNS is down");
        }, publisher).publish(alert("acme"))).hasMessageContaining("SNS is down");
    }
}
