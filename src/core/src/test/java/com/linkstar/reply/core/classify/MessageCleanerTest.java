package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageCleanerTest {

    @Test
    void should_keep_only_the_buyers_words_of_a_relayed_reply() {
        String relayed = """
                ------------- Message: -------------
                The parcel still has not arrived, where is it?
                > Dear customer, we have issued your refund and shipped a replacement.
                > Kind regards
                ------------- End message -------------
                To respond to this customer, reply to this email or visit your Seller Central account.
                Was this email helpful?""";
        assertThat(MessageCleaner.clean(relayed)).isEqualTo("The parcel still has not arrived, where is it?");
    }

    @Test
    void should_cut_an_earlier_message_after_its_header() {
        String reply = "Danke, aber das Paket fehlt immer noch.\nAm 3. Juni 2026 um 10:00 schrieb Shop <shop@example.com>:\nIhre Erstattung wurde veranlasst.";
        assertThat(MessageCleaner.clean(reply)).isEqualTo("Danke, aber das Paket fehlt immer noch.");
    }

    @Test
    void should_leave_a_plain_message_alone_and_never_return_nothing() {
        assertThat(MessageCleaner.clean("Where is my order?")).isEqualTo("Where is my order?");
        assertThat(MessageCleaner.clean("> only a quote")).isEqualTo("> only a quote");
    }

    @Test
    void should_read_traditional_chinese_like_simplified() {
        assertThat(TextNormalizer.fold("我還沒收到貨，請退款")).isEqualTo(TextNormalizer.fold("我还没收到货，请退款"));
        assertThat(new RulesClassifier().classify("我還沒收到訂單的貨").intent()).isEqualTo("delivery_problem");
    }
}
