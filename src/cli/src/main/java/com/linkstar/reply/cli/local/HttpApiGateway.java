package com.linkstar.reply.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.testsupport.HttpApiEventJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * API Gateway's HTTP API with its JWT authorizer, on loopback: a bearer token from the local token table becomes the
 * verified tenant claim, and the request becomes the payload-2.0 event the packaged API function receives.
 */
public final class HttpApiGateway implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final FunctionProcess api;
    private final Map<String, String> tenantByToken;

    public HttpApiGateway(int port, FunctionProcess api, Map<String, String> tenantByToken) throws IOException {
        this.api = api;
        this.tenantByToken = Map.copyOf(tenantByToken);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
            String tenant = token == null ? null : tenantByToken.get(token);
            if (tenant == null) {
                // as API Gateway's JWT authorizer does: the function is never called without a valid token
                send(exchange, 401, Map.of("content-type", "application/json"), "{\"message\":\"Unauthorized\"}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String event = HttpApiEventJson.of(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), body.isEmpty() ? null : body,
                    Map.of("sub", "local-user", "custom:tenant_id", tenant),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("application/json"));
            JsonNode response = JSON.readTree(api.runtime().invoke(event, Duration.ofSeconds(30)).join());
            String responseBody = response.path("body").asText("");
            if (response.path("isBase64Encoded").asBoolean(false)) {
                responseBody = new String(Base64.getDecoder().decode(responseBody), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new java.util.HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext();) {
                var header = it.next();
                headers.put(header.getKey(), header.getValue().asText());
            }
            send(exchange, response.path("statusCode").asInt(502), headers, responseBody);
        } catch (RuntimeException e) {
            send(exchange, 502, Map.of("content-type", "application/json"), "{\"message\":\"the API function failed; see "
                    + api.log() + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
