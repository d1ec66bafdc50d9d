package com.linkstar.reply.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.usecase.ConversationStoreContract;
import com.linkstar.reply.testsupport.EmbeddedAws;
import com.linkstar.reply.testsupport.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The store contract on DynamoDB Local, plus what only a real database can show: races and raw item shape. */
class DynamoDbConversationStoreTest extends ConversationStoreContract {

    private static EmbeddedAws aws;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void startDynamo() {
        aws = EmbeddedAws.start(SamTemplate.locate(), "store-test");
        dynamo = aws.dynamoClient(new AwsRequestCounter());
    }

    @AfterAll
    static void stopDynamo() {
        dynamo.close();
        aws.close();
    }

    @Override
    protected ConversationStore newStore() {
        return new DynamoDbConversationStore(dynamo, aws.tableName(), Duration.ofDays(30), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void should_keep_every_message_when_many_arrive_for_one_conversation_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ConversationStore.WriteOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> store.recordInbound(message("c-race", "p-" + n, T0.plusSeconds(n)), SlaTimer.running(T0.plusSeconds(n), T0.plusSeconds(86_400), null))));
            }
            for (Future<ConversationStore.WriteOutcome> result : results) {
                assertThat(result.get()).isEqualTo(ConversationStore.WriteOutcome.CREATED);
            }
        } finally {
            pool.shutdownNow();
        }
        var detail = store.findConversationDetail(tenant, "c-race").orElseThrow();
        assertThat(detail.messages()).hasSize(16);
        assertThat(detail.conversation().version()).isEqualTo(16);
        assertThat(detail.conversation().lastMessageAt()).isEqualTo(T0.plusSeconds(15));
    }

    @Test
    void should_refuse_a_cursor_that_points_into_another_tenant() {
        String foreign = Base64.getUrlEncoder().encodeToString("T#someone-else#C#c-1\n2026-01-01T00:00:00Z#c-1".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.listConversations(tenant, ConversationFilter.any(), 10, foreign))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    }

    @Test
    void should_set_the_retention_ttl_on_buyer_data() {
        var m = message("c-ttl", "p-1", T0);
        store.recordInbound(m, SlaTimer.running(m.receivedAt(), T0.plusSeconds(60), null));
        var item = dynamo.getItem(r -> r.tableName(aws.tableName())
                .key(java.util.Map.of("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(TableDesign.conversationPk(tenant, "c-ttl")),
                        "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(TableDesign.MESSAGE_PREFIX + m.messageId())))).item();
        assertThat(Long.parseLong(item.get(TableDesign.EXPIRES_AT).n())).isEqualTo(T0.plus(Duration.ofDays(30)).getEpochSecond());
    }
}
