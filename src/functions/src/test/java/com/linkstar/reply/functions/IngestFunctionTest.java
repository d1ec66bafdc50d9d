package com.linkstar.reply.functions;

import static com.linkstar.reply.functions.FunctionTestSupport.drain;
import static com.linkstar.reply.functions.FunctionTestSupport.failedIds;
import static com.linkstar.reply.functions.FunctionTestSupport.invoke;
import static com.linkstar.reply.functions.FunctionTestSupport.newTenant;
import static com.linkstar.reply.functions.FunctionTestSupport.slaSettings;
import static com.linkstar.reply.functions.FunctionTestSupport.store;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.aws.SqsDeadLetters;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.testsupport.SqsEventJson;
import com.linkstar.reply.testsupport.SqsEventJson.Record;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FunctionProfiles.Ingest.class)
class IngestFunctionTest {

    private String tenant;
    private final Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);

    @BeforeEach
    void given_a_registered_tenant_and_empty_queues() {
        tenant = newTenant();
        drain("ClassifyQueue");
        drain("IngestDeadLetterQueue");
    }

    private String body(String tenantId, String platformId, String channel) {
        return "{\"tenantId\":\"" + tenantId + "\",\"storeId\":\"de-store\",\"channel\":\"" + channel + "\",\"marketplace\":\"amazon.de\","
                + "\"platformMessageId\":\"" + platformId + "\",\"orderId\":\"302-1111111-2222222\","
                + "\"buyerHandle\":\"x1@marketplace.amazon.de\",\"text\":\"Wo ist meine Bestellung?\",\"receivedAt\":\"" + receivedAt + "\"}";
    }

    @Test
    void should_store_messages_start_clocks_and_report_only_the_malformed_record_as_failed() {
        var response = invoke(SqsEventJson.of(
                Record.of("r-1", body(tenant, "p-1", "amazon")),
                Record.of("r-2", "this is not json"),
                Record.of("r-3", body(tenant, "p-2", "ebay"))));

        assertThat(failedIds(response)).containsExactly("r-2");
        var conversations = store().listConversations(tenant, com.linkstar.reply.core.model.ConversationFilter.any(), 10, null).conversations();
        assertThat(conversations).hasSize(2).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ConversationStatus.AWAITING_REPLY);
            assertThat(c.sla().state()).isEqualTo(SlaState.RUNNING);
        });
        assertThat(conversations).anySatisfy(c -> assertThat(c.sla().dueAt()).isEqualTo(receivedAt.plus(Duration.ofHours(24))));
        assertThat(drain("ClassifyQueue")).hasSize(2);
    }

    @Test
    void should_start_the_clock_by_the_tenants_own_target_and_warning_share() {
        // a 30-minute own target in calendar hours is earlier than Amazon's 24 h; warn at half of it
        slaSettings().save(tenant, SlaSettings.fromMap(Map.of("own_target", Map.of("hours", 0.5), "warning_share", 0.5)));

        assertThat(failedIds(invoke(SqsEventJson.of(Record.of("r-1", body(tenant, "p-own", "amazon")))))).isEmpty();

        var conversation = store().listConversations(tenant, com.linkstar.reply.core.model.ConversationFilter.any(), 10, null)
                .conversations().get(0);
        assertThat(conversation.sla().dueAt()).isEqualTo(receivedAt.plus(Duration.ofMinutes(30)));
        assertThat(conversation.sla().warnAt()).isEqualTo(receivedAt.plus(Duration.ofMinutes(15)));
    }

    @Test
    void should_store_a_redelivered_message_once() {
        String event = SqsEventJson.of(Record.of("r-1", body(tenant, "p-dup", "amazon")));
        assertThat(failedIds(invoke(event))).isEmpty();
        assertThat(failedIds(invoke(event))).isEmpty();

        var conversations = store().listConversations(tenant, com.linkstar.reply.core.model.ConversationFilter.any(), 10, null).conversations();
        assertThat(conversations).hasSize(1);
        var detail = store().findConversationDetail(tenant, conversations.get(0).conversationId()).orElseThrow();
        assertThat(detail.messages()).hasSize(1);
        assertThat(detail.conversation().version()).isEqualTo(1);
    }

    @Test
    void should_send_a_record_for_an_unknown_tenant_to_the_dead_letter_queue_with_its_reason() {
        var response = invoke(SqsEventJson.of(Record.of("r-1", body("nobody-here", "p-1", "amazon")),
                Record.of("r-2", body(tenant, "p-9", "no-such-channel"))));

        assertThat(failedIds(response)).isEmpty();
        var dead = drain("IngestDeadLetterQueue");
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(m -> m.messageAttributes().get(SqsDeadLetters.REASON_ATTRIBUTE).stringValue())
                .anySatisfy(reason -> assertThat(reason).contains("unknown or inactive tenant 'nobody-here'"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown channel 'no-such-channel'"));
        assertThat(drain("ClassifyQueue")).isEmpty();
    }
}
