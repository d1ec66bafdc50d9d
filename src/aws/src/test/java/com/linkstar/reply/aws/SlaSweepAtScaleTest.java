package com.linkstar.reply.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.usecase.SweepSlaTimers;
import com.linkstar.reply.testsupport.EmbeddedAws;
import com.linkstar.reply.testsupport.SamTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The sweep on DynamoDB Local at scale: what it reads grows with the timers that are due, not with the open
 * conversations, and overlapping sweeps send each alert exactly once. Items read are counted from the query responses.
 */
class SlaSweepAtScaleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    /** Items and requests as DynamoDB bills them: every item a query examined, and every query. */
    static final class ItemsRead implements ExecutionInterceptor {
        final LongAdder items = new LongAdder();
        final LongAdder queries = new LongAdder();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof QueryResponse query) {
                items.add(query.scannedCount());
                queries.increment();
            }
        }

        void reset() {
            items.reset();
            queries.reset();
        }
    }

    private static EmbeddedAws aws;
    private static DynamoDbClient dynamo;
    private static final ItemsRead READ = new ItemsRead();
    private static final ItemMapper MAPPER = new ItemMapper(Duration.ofDays(30));

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start(SamTemplate.locate(), "sweep-scale");
        dynamo = aws.dynamoClient(READ);
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        aws.close();
    }

    @Test
    void should_read_only_the_due_timers_among_ten_thousand_open_conversations() {
        String tenant = "scale";
        List<Conversation> open = new ArrayList<>();
        for (int i = 0; i < 9_900; i++) {
            // due over the next 30 days, warnings at 75 %: none is due now
            Instant started = NOW.minus(Duration.ofMinutes(i % 600));
            Instant due = NOW.plus(Duration.ofMinutes(600 + (i * 37L) % (30 * 24 * 60)));
            open.add(conversation(tenant, "open-" + i, SlaTimer.running(started, due, SlaTimer.warnAt(started, due, 0.75))));
        }
        for (int i = 0; i < 100; i++) {
            Instant started = NOW.minus(Duration.ofHours(24)).minus(Duration.ofMinutes(i));
            Instant due = NOW.minus(Duration.ofMinutes(1 + i));
            open.add(conversation(tenant, "due-" + i, SlaTimer.running(started, due, SlaTimer.warnAt(started, due, 0.75))));
        }
        write(open);

        List<SlaAlert> alerts = new ArrayList<>();
        READ.reset();
        SweepSlaTimers.Result result = sweep(alerts::add).sweep();
        long itemsRead = READ.items.sum();
        long queries = READ.queries.sum();
        System.out.printf("sweep over 10,000 open conversations, 100 due: %d items read in %d queries, %d alerts%n", itemsRead, queries,
                alerts.size());

        assertThat(result.breached()).isEqualTo(100);
        assertThat(alerts).hasSize(100).allSatisfy(a -> assertThat(a.level()).isEqualTo(SlaAlert.Level.BREACH));
        assertThat(itemsRead).isEqualTo(100);
        assertThat(queries).isEqualTo(DynamoDbConversationStore.SWEEP_LOOKBACK_DAYS + 1); // one small query a day-bucket

        // four times as many due: four times as many items read, the same number of queries
        List<Conversation> more = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Instant started = NOW.minus(Duration.ofHours(20));
            Instant due = NOW.plus(Duration.ofHours(4)); // past the 75 % warning, not yet due
            more.add(conversation(tenant, "warn-" + i, SlaTimer.running(started, due, SlaTimer.warnAt(started, due, 0.75))));
        }
        write(more);
        READ.reset();
        alerts.clear();
        SweepSlaTimers.Result second = sweep(alerts::add).sweep();
        System.out.printf("second sweep, 400 warnings due: %d items read in %d queries%n", READ.items.sum(), READ.queries.sum());
        assertThat(second.warned()).isEqualTo(400);
        assertThat(READ.items.sum()).isEqualTo(400);
    }

    @Test
    void should_send_each_alert_once_when_sweeps_overlap() throws Exception {
        String tenant = "overlap";
        List<Conversation> timers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Instant started = NOW.minus(Duration.ofHours(20));
            timers.add(conversation(tenant, "warn-" + i, SlaTimer.running(started, NOW.plus(Duration.ofHours(4)),
                    SlaTimer.warnAt(started, NOW.plus(Duration.ofHours(4)), 0.75))));
            timers.add(conversation(tenant, "breach-" + i, SlaTimer.running(started, NOW.minusSeconds(30),
                    SlaTimer.warnAt(started, NOW.minusSeconds(30), 0.75))));
        }
        write(timers);

        ConcurrentLinkedQueue<SlaAlert> alerts = new ConcurrentLinkedQueue<>();
        int sweeps = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sweeps);
        List<Future<SweepSlaTimers.Result>> results = new ArrayList<>();
        for (int s = 0; s < sweeps; s++) {
            results.add(pool.submit(() -> {
                start.await();
                return sweep(alerts::add).sweep();
            }));
        }
        start.countDown();
        int alreadyHandled = 0;
        for (Future<SweepSlaTimers.Result> result : results) {
            alreadyHandled += result.get().alreadyHandled();
        }
        pool.shutdown();

        List<SlaAlert> mine = alerts.stream().filter(a -> a.tenantId().equals(tenant)).toList();
        Map<String, Long> perTimerAndLevel = mine.stream()
                .collect(Collectors.groupingBy(a -> a.conversationId() + "/" + a.level(), Collectors.counting()));
        System.out.printf("%d overlapping sweeps over 100 warnings and 100 breaches: %d alerts, %d claims lost to another sweep%n", sweeps,
                mine.size(), alreadyHandled);
        assertThat(mine).hasSize(200);
        assertThat(perTimerAndLevel).hasSize(200).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(mine.stream().filter(a -> a.level() == SlaAlert.Level.WARNING).map(SlaAlert::conversationId).collect(Collectors.toSet()))
                .allMatch(id -> id.startsWith("warn-")).hasSize(100);
    }

    private static SweepSlaTimers sweep(com.linkstar.reply.core.port.AlertPublisher alerts) {
        return new SweepSlaTimers(new DynamoDbConversationStore(dynamo, aws.tableName(), Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC)),
                alerts, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Conversation conversation(String tenant, String id, SlaTimer sla) {
        return new Conversation(tenant, id, "store-1", Channel.AMAZON, "amazon.com", null, null, ConversationStatus.AWAITING_REPLY,
                "order_tracking", Set.of(), sla.startedAt(), sla.startedAt(), null, sla, 1);
    }

    /** Seeds through BatchWriteItem, 25 items a request: ten thousand single transactions would only slow the test. */
    private static void write(List<Conversation> conversations) {
        for (int from = 0; from < conversations.size(); from += 25) {
            List<WriteRequest> batch = conversations.subList(from, Math.min(from + 25, conversations.size())).stream()
                    .map(c -> WriteRequest.builder().putRequest(PutRequest.builder().item(MAPPER.conversation(c)).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = new HashMap<>(Map.of(aws.tableName(), batch));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> unprocessed = dynamo.batchWriteItem(r -> r.requestItems(pending)).unprocessedItems();
                pending.clear();
                pending.putAll(unprocessed);
            }
        }
    }
}
