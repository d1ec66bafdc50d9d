package com.linkstar.reply.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Sentiment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantTemplatesTest {

    private static final ComplianceCheck CHECK = ComplianceCheck.bundled();

    @Test
    void should_draft_with_the_tenants_wording_and_signature() {
        TenantTemplates own = TenantTemplates.fromMap(Map.of("signature", "Ihr Team von Nordwind",
                "overrides", Map.of("order_tracking.de", "Moin,\nwir schauen gleich nach Ihrer Bestellung{order_ref} und melden uns.\nBis bald")), CHECK);
        BuyerMessage message = new BuyerMessage("t", "s", Channel.AMAZON, "amazon.de", "c", "m-1", "p-1", "302-1234567-1234567", "b", null,
                "Wo ist mein Paket?", Instant.parse("2026-11-24T10:00:00Z"));
        Classification label = new Classification("order_tracking", 0.9, Set.of(), Sentiment.NEUTRAL, "de", IntentSource.RULES, List.of());

        var draft = new TemplateDrafter(ReplyTemplates.bundled()).draft(message, label, Instant.now(), own);

        assertThat(draft.text()).startsWith("Moin,").contains("Bestellung (Bestellung 302-1234567-1234567)").endsWith("\nIhr Team von Nordwind");
        assertThat(draft.templateId()).isEqualTo("tenant:order_tracking.de");
        var other = new TemplateDrafter(ReplyTemplates.bundled()).draft(message,
                new Classification("thanks", 0.9, Set.of(), Sentiment.POSITIVE, "de", IntentSource.RULES, List.of()), Instant.now(), own);
        assertThat(other.templateId()).isEqualTo("thanks.de");
        assertThat(other.text()).endsWith("\nIhr Team von Nordwind");
    }

    @Test
    void should_refuse_wording_that_a_platform_would_penalise_with_every_reason() {
        assertThatThrownBy(() -> TenantTemplates.fromMap(Map.of(
                "signature", "Shop Nordwind - www.nordwind-shop.de",
                "overrides", Map.of(
                        "thanks.en", "Hi,\nThanks! Leave us a 5-star review please.\nBye",
                        "order_tracking.xx", "Hello",
                        "refund_request.en", "Hello,\nYour refund has been issued: {amount}.\nBye")), CHECK))
                .isInstanceOf(TenantTemplates.InvalidTemplatesException.class)
                .hasMessageContaining("signature on amazon: url")
                .hasMessageContaining("thanks.en on amazon: review_solicitation")
                .hasMessageContaining("order_tracking.xx: the key must be template.language")
                .hasMessageContaining("refund_request.en: unknown placeholder {amount}")
                .hasMessageContaining("refund_request.en on ebay: unconfirmed_promise");
        assertThat(TenantTemplates.fromMap(TenantTemplates.NONE.toMap(), CHECK)).isEqualTo(TenantTemplates.NONE);
    }

    @Test
    void should_let_a_tenant_word_a_confirmed_outcome_citing_only_the_facts_that_confirm_it() {
        TenantTemplates own = TenantTemplates.fromMap(Map.of("overrides", Map.of("order_tracking_shipped.de",
                "Moin,\nIhr Paket{order_ref} ist mit {carrier} unterwegs, Sendungsnummer {tracking_number}.\nBis bald")), CHECK);
        BuyerMessage message = message(Channel.AMAZON, "amazon.de");
        var facts = new com.linkstar.reply.core.compliance.OrderFacts(Map.of("shipped", true, "carrier", "Hermes", "tracking_number", "H1234567890"));

        var draft = new TemplateDrafter(ReplyTemplates.bundled()).draft(message, TRACKING_DE, Instant.parse("2026-11-24T10:00:05Z"), own, facts);

        assertThat(draft.templateId()).isEqualTo("tenant:order_tracking_shipped.de");
        assertThat(TemplateDrafter.isFactGrounded(draft.templateId())).as("still a substantive answer").isTrue();
        assertThat(draft.text()).contains("mit Hermes unterwegs, Sendungsnummer H1234567890");
        assertThat(CHECK.check(Channel.AMAZON, draft.text(), "de", facts)).isEmpty();
        // without the facts the intent's own template says what will be checked; the tenant's outcome wording is not used
        var unconfirmed = new TemplateDrafter(ReplyTemplates.bundled()).draft(message, TRACKING_DE, Instant.parse("2026-11-24T10:00:05Z"), own,
                com.linkstar.reply.core.compliance.OrderFacts.NONE);
        assertThat(unconfirmed.templateId()).isEqualTo("order_tracking.de");
    }

    @Test
    void should_refuse_outcome_wording_that_states_more_than_its_facts_confirm() {
        assertThatThrownBy(() -> TenantTemplates.fromMap(Map.of("overrides", Map.of(
                "order_tracking_shipped.en", "Hi,\nYour parcel is on its way with {carrier}; we have also refunded the shipping.\nBest",
                "refund_issued.en", "Hi,\nYour refund of {refund_amount} is on its way, tracking {tracking_number}.\nBest",
                "order_tracking_delivered.en", "Hi,\n{carrier} delivered it on {delivered_at}. We will send a new one anyway.\nBest")), CHECK))
                .isInstanceOf(TenantTemplates.InvalidTemplatesException.class)
                .hasMessageContaining("order_tracking_shipped.en on amazon: unconfirmed_promise")
                .hasMessageContaining("refund_issued.en: unknown placeholder {refund_amount}")
                .hasMessageContaining("order_tracking_delivered.en on shopee: unconfirmed_promise");
        // the amount may be cited where the template is the one that confirms it
        assertThat(TenantTemplates.fromMap(Map.of("overrides", Map.of("refund_issued_amount.de",
                "Guten Tag,\nwir haben Ihnen {refund_amount} erstattet.\nViele Grüße")), CHECK).overrides()).hasSize(1);
    }

    private static BuyerMessage message(Channel channel, String marketplace) {
        return new BuyerMessage("t", "s", channel, marketplace, "c", "m-1", "p-1", "302-1234567-1234567", "b", null, "Wo ist mein Paket?",
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    private static final Classification TRACKING_DE = new Classification("order_tracking", 0.9, Set.of(), Sentiment.NEUTRAL, "de",
            IntentSource.RULES, List.of());

    @Test
    void should_write_the_greeting_and_closing_of_the_tenants_tone_and_of_a_chat_channel() {
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());
        TenantTemplates formal = TenantTemplates.fromMap(Map.of("tone", "formal"), CHECK);
        TenantTemplates friendly = TenantTemplates.fromMap(Map.of("tone", "friendly"), CHECK);

        String letter = drafter.draft(message(Channel.AMAZON, "amazon.de"), TRACKING_DE, Instant.now()).text();
        String formalLetter = drafter.draft(message(Channel.AMAZON, "amazon.de"), TRACKING_DE, Instant.now(), formal).text();
        String friendlyLetter = drafter.draft(message(Channel.EBAY, "ebay.de"), TRACKING_DE, Instant.now(), friendly).text();
        String chat = drafter.draft(message(Channel.SHOPEE, "shopee.de"), TRACKING_DE, Instant.now()).text();

        assertThat(letter).startsWith("Guten Tag,\n").endsWith("\nMit freundlichen Grüßen");
        assertThat(formalLetter).startsWith("Sehr geehrte Kundin, sehr geehrter Kunde,\n").endsWith("\nMit freundlichen Grüßen");
        assertThat(friendlyLetter).startsWith("Hallo,\n").endsWith("\nViele Grüße");
        assertThat(chat).startsWith("Hallo,\n").endsWith("\nDanke für Ihre Geduld!");
        // the body is the same template everywhere
        String body = letter.substring(letter.indexOf('\n'), letter.lastIndexOf('\n'));
        assertThat(List.of(formalLetter, friendlyLetter, chat)).allSatisfy(text -> assertThat(text).contains(body));
        assertThatThrownBy(() -> TenantTemplates.fromMap(Map.of("tone", "sarcastic"), CHECK))
                .hasMessageContaining("tone must be one of standard, formal, friendly");
        assertThat(TenantTemplates.fromMap(formal.toMap(), CHECK)).isEqualTo(formal);
    }

    @Test
    void should_prefer_the_tenants_wording_for_one_channel_and_check_it_against_that_channel_only() {
        // a link to the seller's own shop is fine on its own store (shopify) and would be refused on a marketplace
        TenantTemplates own = TenantTemplates.fromMap(Map.of("overrides", Map.of(
                "order_tracking.de@shopify", "Guten Tag,\nden Status Ihrer Bestellung{order_ref} sehen Sie jederzeit unter nordwind-shop.de/konto.\nViele Grüße",
                "order_tracking.de", "Guten Tag,\nwir sehen sofort nach Ihrer Bestellung{order_ref}.\nViele Grüße")), CHECK);
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());

        var shop = drafter.draft(message(Channel.SHOPIFY, "nordwind-shop.de"), TRACKING_DE, Instant.now(), own);
        var marketplace = drafter.draft(message(Channel.AMAZON, "amazon.de"), TRACKING_DE, Instant.now(), own);

        assertThat(shop.text()).contains("nordwind-shop.de/konto");
        assertThat(marketplace.text()).contains("wir sehen sofort nach").doesNotContain("nordwind-shop.de");
        assertThatThrownBy(() -> TenantTemplates.fromMap(Map.of("overrides", Map.of(
                "order_tracking.de@amazon", "Guten Tag,\nden Status sehen Sie unter nordwind-shop.de/konto.\nViele Grüße",
                "thanks.de@wish", "Danke")), CHECK))
                .hasMessageContaining("order_tracking.de@amazon on amazon: url")
                .hasMessageContaining("thanks.de@wish: unknown channel 'wish'");
    }

    @Test
    void should_keep_the_tenants_own_wording_before_the_bundled_wording_for_a_channel() {
        Classification returnDe = new Classification("return_request", 0.9, Set.of(), Sentiment.NEUTRAL, "de", IntentSource.RULES, List.of());
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());
        // without an override of its own the tenant's buyers on Amazon are told where Amazon starts a return
        assertThat(drafter.draft(message(Channel.AMAZON, "amazon.de"), returnDe, Instant.now()).text()).contains("„Meine Bestellungen“");
        assertThat(drafter.draft(message(Channel.SHOPIFY, "nordwind-shop.de"), returnDe, Instant.now()).text())
                .doesNotContain("Amazon").contains("Rücksendemöglichkeiten");

        TenantTemplates own = TenantTemplates.fromMap(Map.of("overrides", Map.of(
                "return_request.de", "Guten Tag,\nwir prüfen Ihre Rücksendung zu Ihrer Bestellung{order_ref}.\nViele Grüße",
                "return_request.de@ebay", "Guten Tag,\nbitte starten Sie die Rückgabe Ihrer Bestellung{order_ref} unter „Käufe“.\nViele Grüße")), CHECK);
        // the tenant's wording wins: its channel override on that channel, its general override on every other channel
        assertThat(drafter.draft(message(Channel.EBAY, "ebay.de"), returnDe, Instant.now(), own).text()).contains("unter „Käufe“");
        var amazon = drafter.draft(message(Channel.AMAZON, "amazon.de"), returnDe, Instant.now(), own);
        assertThat(amazon.text()).contains("wir prüfen Ihre Rücksendung").doesNotContain("Meine Bestellungen");
        assertThat(amazon.templateId()).isEqualTo("tenant:return_request.de");
    }
}
