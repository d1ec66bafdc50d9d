package com.linkstar.reply.functions;

import static com.linkstar.reply.functions.FunctionTestSupport.aws;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.slaSettings;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.sla.SlaSettings;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.SlaSweep.class)
class SlaSweepFunctionTest {

    private static final String SCHEDULER_EVENT = "{\"source\":\"linkstar.sla-sweep\"}";
    private String tenant;

    @BeforeEach
    void given_one_overdue_and_one_running_conversation() {
        aws().sns().clear();
        tenant = newTenant();
        Instant now = Instant.now();
        for (String id : new String[] {"overdue", "running"}) {
            var m = new BuyerMessage(tenant, "us-store", Channel.TIKTOK_US, "tiktok.us", "c-" + id, "m-" + id, "p-" + id, null, "b",
                    null, "where is my order", now.minusSeconds(90_000));
            store().recordInbound(m, SlaTimer.running(m.receivedAt(), id.equals("overdue") ? now.minusSeconds(3_600) : now.plusSeconds(3_600), null));
        }
    }

    @Test
    void should_alert_once_per_breached_timer_across_repeated_sweeps() {
        var first = invoke(SCHEDULER_EVENT);
        var second = invoke(SCHEDULER_EVENT);

        assertThat(first.getInt("breached")).isGreaterThanOrEqualTo(1);
        assertThat(second.getInt("breached")).isZero();
        var mine = aws().sns().published().stream().filter(p -> tenant.equals(p.attributes().get("tenantId"))).toList();
        assertThat(mine).singleElement().satisfies(alert -> {
            assertThat(alert.attributes()).containsEntry("level", "BREACH").containsEntry("channel", "tiktok-us");
            assertThat(alert.message()).contains("c-overdue").doesNotContain("where is my order");
        });
        assertThat(store().findConversation(tenant, "c-overdue").orElseThrow().sla().state()).isEqualTo(SlaState.BREACHED);
        assertThat(store().findConversation(tenant, "c-running").orElseThrow().sla().state()).isEqualTo(SlaState.RUNNING);
    }

    @Test
    void should_post_the_breach_to_the_tenants_signed_webhook_too() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/sla", exchange -> {
            received.add(new String[] {new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Linkstar-Timestamp"), exchange.getRequestHeaders().getFirst("X-Linkstar-Signature")});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String parameter = "/linkstar/tenants/" + tenant + "/sla-webhook";
            slaSettings().save(tenant, SlaSettings.fromMap(Map.of("webhook", Map.of(
                    "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sla", "secret_parameter", parameter))));

            invoke(SCHEDULER_EVENT);

            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r[0]).contains("\"conversationId\":\"c-overdue\"").contains("\"level\":\"breach\"").contains("\"channel\":\"tiktok-us\"");
                assertThat(r[2]).isEqualTo("sha256=" + FunctionTestSupport.hmac(TestSecretSource.secretOf(parameter), r[1] + "." + r[0]));
            });
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void should_re_arm_a_breach_whose_alert_could_not_be_published() {
        aws().sns().failNext(50);
        var failed = invoke(SCHEDULER_EVENT);
        assertThat(failed.getInt("alertFailures")).isGreaterThanOrEqualTo(1);
        assertThat(store().findConversation(tenant, "c-overdue").orElseThrow().sla().state()).isEqualTo(SlaState.RUNNING);

        aws().sns().failNext(0);
        invoke(SCHEDULER_EVENT);
        assertThat(aws().sns().published()).anySatisfy(p -> assertThat(p.attributes()).containsEntry("tenantId", tenant));
    }
}
