package com.linkstar.reply.aws;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.port.OrderData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Order facts from the seller's ERP or order system over HTTP: {@code GET {base}/tenants/{tenant}/orders/{order}}
 * answering a JSON object with the fact keys of DESIGN.md §7 (unknown keys are ignored). Anything but a 200 with such an
 * object - a 404, an error, a timeout, a body that is not JSON - confirms nothing, so the draft promises nothing.
 */
public final class HttpOrderData implements OrderData {

    private static final Logger LOG = Logger.getLogger(HttpOrderData.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI base;
    private final HttpClient http;

    public HttpOrderData(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    @Override
    public OrderFacts factsOf(String tenantId, String orderId) {
        URI uri = orderUri(base, tenantId, orderId, "");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("decision=order-data-unavailable tenant=%s status=%d action=\"the draft states no order fact; check the ERP "
                        + "endpoint if this repeats\"", tenantId, response.statusCode());
                return OrderFacts.NONE;
            }
            return OrderFactsJson.factsOf(OrderFactsJson.readObject(response.body()));
        } catch (IOException e) {
            LOG.warnf("decision=order-data-unavailable tenant=%s reason=\"%s\" action=\"the draft states no order fact; check the ERP "
                    + "endpoint's answers\"", tenantId, e.getClass().getSimpleName());
            return OrderFacts.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OrderFacts.NONE;
        }
    }

    /** {@code {base}/tenants/{tenant}/orders/{order}{suffix}}, each id encoded as one path segment. */
    static URI orderUri(URI base, String tenantId, String orderId, String suffix) {
        return base.resolve((base.getPath().endsWith("/") ? "" : base.getPath() + "/") + "tenants/" + encode(tenantId) + "/orders/"
                + encode(orderId) + suffix);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
