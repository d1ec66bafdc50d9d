package com.linkstar.reply.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Channel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {

    private final ComplianceCheck check = ComplianceCheck.bundled();

    private List<String> rules(String channel, String lang, String text, Map<String, Object> facts) {
        return check.check(Channel.fromWireName(channel), text.replace("\\n", "\n"), lang, new OrderFacts(facts)).stream()
                .map(Finding::rule).distinct().sorted().toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            amazon  | en | Hello, you can reach us at support at gmail dot com.                        | email
            amazon  | en | Hello, please write to service(at)gmx.de and we will help.                  | email
            shopify | en | Hello, please write to service@myshop.com and we will help.                 | -
            amazon  | en | Hello, call us on +44 20 7946 0958 any time.                                | phone
            amazon  | en | Hello, your order 302-1234567-1234567 is being checked.                      | -
            amazon  | en | Hello, see www.myshop.com for the manual.                                   | url
            amazon  | en | Hello, the manual is on amazon.co.uk under the product page.                | -
            ebay    | en | Hello, the manual is on amazon.co.uk under the product page.                | url
            amazon  | en | Hello, the guide is at amazon.evil-site.com, please have a look.            | url
            shopee  | en | Hello, add me on WeChat: shop_88 so we can talk.                            | messaging_handle
            amazon  | en | Hello, we will check with the carrier and come back to you. 😊               | emoji
            shopee  | en | Hello, we will check with the carrier and come back to you. 😊               | -
            amazon  | en | Hello,\\n\\n\\nwe will check with the carrier and come back to you.          | line_breaks
            amazon  | en | Hello,\\n\\nwe will check with the carrier and come back to you.              | -
            amazon  | en | Hello, if you are happy, please leave us a 5-star review!                    | review_solicitation
            amazon  | en | Hello, you are welcome to leave feedback about your experience.              | -
            amazon  | en | Hello, our 5-star rated packaging keeps the glass safe.                      | -
            amazon  | en | Hello, we will send you a $10 gift card for an honest review.                | review_solicitation
            amazon  | en | Hello, use code SAVE10 for 10% off your next order.                          | marketing
            amazon  | en | Hello, it is cheaper if you order directly from our website.                | off_platform
            amazon  | de | Hallo, wir haben Ihnen den Betrag erstattet.                                 | unconfirmed_promise
            amazon  | de | Hallo, wir prüfen Ihre Erstattung und melden uns.                            | -
            amazon  | en | Hello, a replacement is on its way to you.                                   | unconfirmed_promise
            amazon  | en | Hello, once we receive the item we will review it.                           | -
            amazon  | en | Hello, your order was shipped with DHL yesterday.                            | unconfirmed_fact
            amazon  | en | Hello, we are checking your order and will reply shortly.                    | language_mismatch
            amazon  | ja | ご連絡ありがとうございます。配送状況を確認いたします。                              | -
            amazon  | zh | ご連絡ありがとうございます。配送状況を確認いたします。                              | language_mismatch
            """)
    void should_flag_what_the_channel_forbids_and_nothing_else(String channel, String lang, String text, String expected) {
        String buyerLanguage = expected.equals("language_mismatch") && lang.equals("en") ? "de" : lang;
        assertThat(rules(channel, buyerLanguage, text, Map.of())).containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected));
    }

    @Test
    void should_accept_facts_that_the_order_data_confirms() {
        String text = "Hello, your order was shipped with DHL on 2026-11-20, tracking JJD000390007. A replacement is on its way.";
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "DHL", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007", "replacement_shipped", true))).isEmpty();
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "UPS", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007", "replacement_shipped", true))).containsExactly("unconfirmed_fact");
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "DHL", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007"))).containsExactly("unconfirmed_promise");
    }

    @Test
    void should_not_take_the_erps_rma_number_for_a_phone_number() {
        String text = "Hello, we have approved your return request. Your return authorization (RMA) number is 4500123456.";
        assertThat(rules("amazon", "en", text, Map.of("return_authorized", true, "rma_number", "4500123456"))).isEmpty();
        assertThat(rules("amazon", "en", text, Map.of("return_authorized", true, "rma_number", "4500999999"))).containsExactly("phone");
    }

    @Test
    void should_name_the_span_and_say_what_to_do() {
        String text = "Hello, write to bob at gmail dot com please.";
        Finding finding = check.check(Channel.EBAY, text, "en", OrderFacts.NONE).get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("bob at gmail dot com");
        assertThat(finding.message()).contains("ebay").contains("remove");
    }

    @Test
    void should_change_behaviour_with_the_policy_data_alone() throws IOException {
        Properties properties = new Properties();
        try (var in = ChannelPolicy.class.getResourceAsStream("channel-policies.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String draft = "Hello, we will check with the carrier and come back to you. 😊";
        assertThat(check.check(Channel.SHOPEE, draft, "en", OrderFacts.NONE)).isEmpty();

        // Shopee bans emojis from tomorrow: a new version and one more rule in the data, no code
        properties.setProperty("shopee.version", "2026-12-01");
        properties.setProperty("shopee.rules", properties.getProperty("marketplace.rules") + ",emoji");
        ComplianceCheck next = new ComplianceCheck(ChannelPolicy.of(properties));
        assertThat(next.policy(Channel.SHOPEE).version()).isEqualTo("2026-12-01");
        assertThat(next.check(Channel.SHOPEE, draft, "en", OrderFacts.NONE)).extracting(Finding::rule).containsExactly("emoji");
    }
}
