package com.linkstar.reply.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MessageNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final MessageNormalizer normalizer = new MessageNormalizer(Clock.fixed(NOW, ZoneOffset.UTC));

    private static InboundMessage inbound(String tenant, String channel, String platformId, String buyer, String order, String text,
            String receivedAt) {
        return new InboundMessage(tenant, "store-1", channel, null, null, platformId, order, buyer, null, text, receivedAt);
    }

    @Test
    void should_derive_stable_ids_so_a_redelivery_is_recognised() {
        var a = normalizer.normalize(inbound("acme", "EBAY", "p-1", "bob", "o-1", " Hi \r\nthere ", "2026-11-24T11:00:00+02:00"));
        var b = normalizer.normalize(inbound("acme", "ebay", "p-1", "bob", "o-1", "Hi there", "2026-11-24T09:00:00Z"));
        assertThat(a.messageId()).isEqualTo(b.messageId()).startsWith("m-");
        assertThat(a.conversationId()).isEqualTo(b.conversationId()).startsWith("c-");
        assertThat(a.channel()).isEqualTo(Channel.EBAY);
        assertThat(a.marketplace()).isEqualTo("ebay");
        assertThat(a.text()).isEqualTo("Hi \nthere");
        assertThat(a.receivedAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void should_keep_tenants_and_channels_apart_in_ids() {
        var acme = normalizer.normalize(inbound("acme", "ebay", "p-1", "bob", "o-1", "x", "2026-11-24T09:00:00Z"));
        var other = normalizer.normalize(inbound("other", "ebay", "p-1", "bob", "o-1", "x", "2026-11-24T09:00:00Z"));
        var shopee = normalizer.normalize(inbound("acme", "shopee", "p-1", "bob", "o-1", "x", "2026-11-24T09:00:00Z"));
        assertThat(acme.messageId()).isNotEqualTo(other.messageId()).isNotEqualTo(shopee.messageId());
    }

    @Test
    void should_give_messages_without_buyer_or_order_their_own_conversation() {
        var a = normalizer.normalize(inbound("acme", "shopify", "p-1", null, null, "x", "2026-11-24T09:00:00Z"));
        var b = normalizer.normalize(inbound("acme", "shopify", "p-2", null, null, "x", "2026-11-24T09:00:00Z"));
        assertThat(a.conversationId()).isNotEqualTo(b.conversationId());
    }

    @Test
    void should_report_every_problem_at_once() {
        assertThatThrownBy(() -> normalizer.normalize(inbound("ACME!", "fax", "", null, null, " ", "yesterday")))
                .isInstanceOf(RejectedMessageException.class)
                .hasMessageContaining("tenantId").hasMessageContaining("unknown channel 'fax'").hasMessageContaining("platformMessageId")
                .hasMessageContaining("text is required").hasMessageContaining("receivedAt 'yesterday'");
    }

    @Test
    void should_reject_a_message_from_the_future_and_an_oversized_text() {
        assertThatThrownBy(() -> normalizer.normalize(inbound("acme", "amazon", "p", "b", null, "x", "2026-11-24T11:00:00Z")))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> normalizer.normalize(inbound("acme", "amazon", "p", "b", null, "x".repeat(20_001), "2026-11-24T09:00:00Z")))
                .hasMessageContaining("longer than 20000");
        assertThatThrownBy(() -> normalizer.normalize(null)).isInstanceOf(RejectedMessageException.class);
    }
}
