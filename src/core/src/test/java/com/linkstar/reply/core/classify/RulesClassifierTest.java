package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RulesClassifierTest {

    private final RulesClassifier classifier = new RulesClassifier();

    @ParameterizedTest(name = "[{1}] {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Where is my order? It was supposed to ship last week.                    | en | order_tracking
            It's been 3 weeks and the package still has not arrived                 | en | delivery_problem
            The tracking says delivered but nothing is here                          | en | delivery_problem
            How do I return this? It does not fit.                                   | en | return_request
            I want my money back                                                     | en | refund_request
            Please cancel my order, I ordered by mistake                             | en | cancel_order
            The charger was not in the box                                           | en | missing_parts
            Stopped working after 2 days                                             | en | product_defect
            You sent me the wrong colour, I ordered blue                             | en | wrong_item
            How do I pair it with my phone?                                          | en | product_usage
            Does it fit a 2019 Corolla?                                              | en | pre_sale_question
            I need a VAT invoice for my company                                      | en | invoice_request
            I gave the wrong address, can you change the shipping address?           | en | address_change
            Got it, thank you!                                                       | en | thanks
            Wo ist meine Bestellung? Wann kommt sie an?                              | de | order_tracking
            Das Gerät ist kaputt und funktioniert nicht mehr                         | de | product_defect
            Ich möchte eine Rückerstattung                                           | de | refund_request
            Je n'ai toujours pas reçu mon colis                                      | fr | delivery_problem
            Je voudrais être remboursé                                               | fr | refund_request
            ¿Dónde está mi pedido?                                                   | es | order_tracking
            El producto llegó roto                                                   | es | product_defect
            Vorrei restituire l'articolo, come faccio il reso?                       | it | return_request
            注文した商品がまだ届いていません                                              | ja | delivery_problem
            商品が壊れていました。返金してください。                                        | ja | refund_request
            我的订单还没收到                                                            | zh | delivery_problem
            请问有发票吗                                                               | zh | invoice_request
            """)
    void should_recognise_the_intent_and_language(String text, String language, String intent) {
        Classification label = classifier.classify(text);
        assertThat(label.intent()).isEqualTo(intent);
        assertThat(label.language()).isEqualTo(language);
        assertThat(label.source()).isEqualTo(IntentSource.RULES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            If this is not resolved I will contact my lawyer                  | LEGAL_THREAT
            I will sue you in small claims court                              | LEGAL_THREAT
            Ich werde meinen Anwalt einschalten                               | LEGAL_THREAT
            Je vais saisir la DGCCRF                                          | LEGAL_THREAT
            消費者センターに相談します                                            | LEGAL_THREAT
            我要打12315投诉                                                    | LEGAL_THREAT
            I'm going to post this on TikTok video and YouTube                | MEDIA_THREAT
            I have opened an A-to-z claim                                     | CHARGEBACK_CLAIM
            I will file a chargeback with my bank                             | CHARGEBACK_CLAIM
            The charger caught fire and burned my desk                        | SAFETY_HAZARD
            Mein Kind hat einen Ausschlag bekommen                            | SAFETY_HAZARD
            I will leave a 1-star review if you don't fix this                | NEGATIVE_REVIEW_THREAT
            This is fucking ridiculous                                        | ABUSIVE_LANGUAGE
            """)
    void should_detect_risk_signals(String text, RiskSignal expected) {
        assertThat(classifier.classify(text).risks()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Send the poles or the whole saga goes on my camping channel tonight              | true
            Sonst landen alle Screenshots in unserer Facebook-Stadtgruppe                     | true
            Je le republie sur TikTok, là personne ne le supprimera                           | true
            O me lo cambian o lo cuento todo en X                                             | true
            Stasera carico il video su Instagram con il nome del negozio                      | true
            再这样我就把整个过程做成视频发B站                                                     | true
            金曜までにラベルが届かなければ、ツイッターで経緯を全部書きます                               | true
            Posted an unboxing on my TikTok because the packaging was so cute, thanks!        | false
            I saw your ad on Instagram, do you ship to Ireland?                               | false
            在抖音上看到有人推荐你们这款，想问下跟旗舰版有什么区别                                        | false
            Der Bildschirm flackert, ich habe ein Video davon gemacht                         | false
            """)
    void should_take_a_public_outlet_near_a_threat_cue_for_a_media_threat(String text, boolean threat) {
        assertThat(classifier.classify(text).risks().contains(RiskSignal.MEDIA_THREAT)).isEqualTo(threat);
    }

    @org.junit.jupiter.api.Test
    void should_read_a_latin_brand_name_inside_japanese_and_chinese_text() {
        assertThat(classifier.classify("送ってこないならPayPalで申し立てします").risks()).contains(RiskSignal.CHARGEBACK_CLAIM);
        assertThat(classifier.classify("你们不补发我就找PayPal退单").risks()).contains(RiskSignal.CHARGEBACK_CLAIM);
    }

    @ParameterizedTest(name = "no risk in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            My son-in-law ordered this for me, where is it?
            Sue from accounting needs the invoice please
            Does it work with the Fire TV Stick?
            I have an issue with the size
            """)
    void should_not_flag_false_friends(String text) {
        assertThat(classifier.classify(text).risks()).isEmpty();
    }

    @Test
    void should_extract_order_and_tracking_numbers_as_evidence() {
        var label = classifier.classify("Order 302-1234567-7654321 shows tracking 1Z999AA10123456784 but nothing came");
        assertThat(label.evidence()).contains("order:302-1234567-7654321", "tracking:1Z999AA10123456784");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Bestellung Nr. 4711-0815 kam nicht an           ; order:4711-0815
            order-12345678 please                           ; order:12345678
            commande n° #8812345, toujours rien              ; order:8812345
            订单号20261124001还没到                             ; order:20261124001
            Tracking AB123456789CN has not moved             ; tracking:AB123456789CN
            """)
    void should_take_a_number_after_an_order_word_as_the_order_number(String text, String reference) {
        assertThat(RulesClassifier.extractReferences(text)).containsExactly(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call me on 0151 2345678", "order 12345 of 3", "I ordered 2 on 12-11-2026", "no numbers at all", ""})
    void should_not_take_other_numbers_for_references(String text) {
        assertThat(RulesClassifier.extractReferences(text)).isEmpty();
    }

    @Test
    void should_read_sentiment() {
        assertThat(classifier.classify("Terrible, still not arrived, very disappointed").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(classifier.classify("Thank you, it works perfect!").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }
}
