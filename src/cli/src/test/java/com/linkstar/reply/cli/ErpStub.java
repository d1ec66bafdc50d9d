package com.linkstar.reply.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A seller's ERP on loopback, as the functions reach it over HTTP: no order has facts (404); an action on an order whose
 * id starts with "OK-" is confirmed with an RMA number, on any other order it fails with HTTP 500.
 */
final class ErpStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> actionRequests = new CopyOnWriteArrayList<>();

    ErpStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tenants/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 404;
            String answer = "{\"error\":\"no such order\"}";
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/actions")) {
                String order = path.substring(path.indexOf("/orders/") + "/orders/".length(), path.length() - "/actions".length());
                actionRequests.add(order + " " + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
                if (order.startsWith("OK-")) {
                    status = 201;
                    answer = "{\"status\":\"confirmed\",\"facts\":{\"return_authorized\":true,\"rma_number\":\"RMA-" + order + "\"}}";
                } else {
                    status = 500;
                    answer = "{\"error\":\"warehouse system unavailable\"}";
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** "ORDER IDEMPOTENCY-KEY BODY" per action request received. */
    List<String> actionRequests() {
        return List.copyOf(actionRequests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
