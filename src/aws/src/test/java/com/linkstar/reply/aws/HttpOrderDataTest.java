package com.linkstar.reply.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ERP adapter over real HTTP: what it confirms, and that every failure confirms nothing. */
class HttpOrderDataTest {

    private HttpServer erp;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private HttpOrderData orders;

    @BeforeEach
    void start() throws Exception {
        erp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        erp.createContext("/erp/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            paths.add(path);
            int status = 200;
            String body = "{\"shipped\": true, \"carrier\": \"DHL\", \"tracking_number\": \"JJD0001\", \"return_window_days\": 30, \"internal_margin\": 12}";
            if (path.endsWith("/missing")) {
                status = 404;
                body = "{}";
            } else if (path.endsWith("/broken")) {
                status = 500;
                body = "oops";
            } else if (path.endsWith("/garbled")) {
                body = "<html>not json</html>";
            } else if (path.endsWith("/slow")) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        erp.start();
        orders = new HttpOrderData(URI.create("http://127.0.0.1:" + erp.getAddress().getPort() + "/erp/"), HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        erp.stop(0);
    }

    @Test
    void should_confirm_the_known_facts_of_the_order_and_nothing_else() {
        OrderFacts facts = orders.factsOf("acme", "302-1234567-1234567");
        assertThat(facts.confirmed("shipped")).isTrue();
        assertThat(facts.text("carrier")).isEqualTo("DHL");
        assertThat(facts.text("tracking_number")).isEqualTo("JJD0001");
        assertThat(facts.values()).containsKey("return_window_days").doesNotContainKey("internal_margin");
        assertThat(paths).containsExactly("/erp/tenants/acme/orders/302-1234567-1234567");
    }

    @Test
    void should_confirm_nothing_when_the_erp_fails() {
        for (String order : new String[] {"missing", "broken", "garbled", "slow"}) {
            assertThat(orders.factsOf("acme", order)).as(order).isEqualTo(OrderFacts.NONE);
        }
        assertThat(orders.factsOf("a b/c", "x/y").values()).isNotEmpty();
        assertThat(paths).contains("/erp/tenants/a%20b%2Fc/orders/x%2Fy");
    }
}
