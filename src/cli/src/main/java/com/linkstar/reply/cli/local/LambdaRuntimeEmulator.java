package com.linkstar.reply.cli.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The AWS Lambda Runtime API (the HTTP interface a function's runtime polls for invocations) for one function on
 * loopback: the packaged function runs unchanged, as it would in Lambda, while the local stack hands it events.
 */
public final class LambdaRuntimeEmulator implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime";

    /** An invocation the function failed: its error document as the runtime reported it. */
    public static final class FunctionError extends RuntimeException {
        FunctionError(String message) {
            super(message);
        }
    }

    private record Invocation(String requestId, String event, CompletableFuture<String> result, long deadlineMs) {
    }

    private final String functionName;
    private final HttpServer server;
    private final ExecutorService threads;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> firstPoll = new CompletableFuture<>();
    private volatile String initError;

    public LambdaRuntimeEmulator(String functionName) throws IOException {
        this.functionName = functionName;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "runtime-api-" + functionName);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext(BASE + "/invocation/", this::invocation);
        server.createContext(BASE + "/init/error", exchange -> {
            initError = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            firstPoll.completeExceptionally(new FunctionError(functionName + " failed to start: " + initError));
            respond(exchange, 202, "{}");
        });
        server.start();
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API for the function's process. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes when the function has started and asks for its first event. */
    public CompletableFuture<Void> ready() {
        return firstPoll;
    }

    /** Hands one event to the function; the future completes with its response or fails with its error. */
    public CompletableFuture<String> invoke(String eventJson, Duration timeout) {
        if (initError != null) {
            return CompletableFuture.failedFuture(new FunctionError(functionName + " failed to start: " + initError));
        }
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), eventJson, new CompletableFuture<>(),
                System.currentTimeMillis() + timeout.toMillis());
        pending.add(invocation);
        return invocation.result().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void invocation(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring((BASE + "/invocation/").length());
        if (path.equals("next") && exchange.getRequestMethod().equals("GET")) {
            firstPoll.complete(null);
            Invocation next;
            try {
                next = pending.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503, "{}");
                return;
            }
            running.put(next.requestId(), next);
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.requestId());
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(next.deadlineMs()));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:us-east-1:000000000000:function:" + functionName);
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-local-" + next.requestId());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            respond(exchange, 200, next.event());
            return;
        }
        String[] parts = path.split("/");
        Invocation invocation = parts.length == 2 ? running.remove(parts[0]) : null;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (invocation == null) {
            respond(exchange, 404, "{\"errorMessage\":\"unknown invocation\"}");
            return;
        }
        if (parts[1].equals("response")) {
            invocation.result().complete(body);
        } else {
            invocation.result().completeExceptionally(new FunctionError(body));
        }
        respond(exchange, 202, "{}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
