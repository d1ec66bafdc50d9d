package com.linkstar.reply.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts AWS requests per service and operation, as the bill counts them. Registered on every client of the local
 * stack and the benchmark; in Lambda it can be enabled with {@code quarkus.dynamodb.interceptors}.
 */
public final class AwsRequestCounter implements ExecutionInterceptor {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    /**
     * A process that cannot be asked (a packaged function run by the local stack) reports its counts through this file,
     * rewritten every second, as lines of {@code Service:Operation=count}.
     */
    public static final String REPORT_FILE_ENV = "LINKSTAR_REQUEST_COUNT_FILE";

    static {
        String reportFile = System.getenv(REPORT_FILE_ENV);
        if (reportFile != null && !reportFile.isBlank()) {
            Thread reporter = new Thread(() -> {
                while (true) {
                    writeReport(Path.of(reportFile));
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "aws-request-count-report");
            reporter.setDaemon(true);
            reporter.start();
        }
    }

    private static void writeReport(Path file) {
        StringBuilder lines = new StringBuilder();
        snapshot().forEach((operation, count) -> lines.append(operation).append('=').append(count).append('\n'));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, lines);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a report is best effort: the next second tries again
        }
    }

    /** Reads a report written by another process; an absent file means no requests yet. */
    public static Map<String, Long> readReport(Path file) {
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.lastIndexOf('=');
                if (eq > 0) {
                    counts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
                }
            }
        } catch (IOException e) {
            return counts;
        }
        return counts;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        COUNTS.computeIfAbsent(service + ":" + operation, k -> new LongAdder()).increment();
    }

    /** "Service:Operation" → requests since start or the last reset. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        COUNTS.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }

    public static long total(String service) {
        return snapshot().entrySet().stream().filter(e -> e.getKey().startsWith(service + ":")).mapToLong(Map.Entry::getValue).sum();
    }

    public static void reset() {
        COUNTS.clear();
    }
}
