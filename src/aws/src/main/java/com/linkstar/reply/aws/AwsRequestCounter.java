package com.linkstar.reply.aws;

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
