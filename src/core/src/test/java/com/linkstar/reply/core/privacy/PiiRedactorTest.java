package com.linkstar.reply.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiRedactorTest {

    private final PiiRedactor redactor = new PiiRedactor();

    @Test
    void should_redact_email_card_phone_address_and_known_name_but_keep_order_numbers() {
        String text = "Hi, I'm Jane Miller (jane.miller@gmail.com, +44 7911 123456). Order 302-1234567-1234567 was paid with "
                + "4111 1111 1111 1111 and should go to 221B Baker Street, London. Tracking 1Z999AA10123456784.";
        var redacted = redactor.redact(text, List.of("Jane Miller"), List.of());

        assertThat(redacted.text()).doesNotContain("jane.miller@gmail.com", "7911", "4111", "Baker Street", "Jane Miller")
                .contains("302-1234567-1234567", "1Z999AA10123456784", "[EMAIL_1]", "[PHONE_1]", "[CARD_1]", "[ADDRESS_1]", "[NAME_1]");
        assertThat(redacted.restore(redacted.text())).isEqualTo(text);
    }

    @Test
    void should_keep_a_card_like_number_that_fails_the_luhn_check() {
        assertThat(redactor.redact("Reference 4111 1111 1111 1112 please").text()).contains("4111 1111 1111 1112");
        assertThat(PiiRedactor.luhnValid("4111111111111111")).isTrue();
        assertThat(PiiRedactor.luhnValid("4111111111111112")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Meine Adresse ist jetzt Hauptstraße 12a, 10115 Berlin               | Hauptstraße 12a
            Livrez au 12 rue de la Paix, Paris                                  | rue de la Paix
            Enviar a Calle Mayor 5, Madrid                                      | Calle Mayor 5
            Spedite a Via Roma 10, Milano                                       | Via Roma 10
            住所は東京都港区六本木1丁目2番3号です                                      | 六本木1丁目2番3号
            请寄到北京市朝阳区建国路88号                                              | 建国路88号
            Call me on 0151 2345 6789 please                                    | 0151 2345 6789
            Mi teléfono es 612 345 678                                          | 612 345 678
            """)
    void should_redact_addresses_and_phones_in_every_language(String text, String personal) {
        assertThat(redactor.redact(text).text()).doesNotContain(personal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Where is order 12-09876-54321?
            Bestellung 302-4412345-1182736 ist nicht angekommen
            Mi pedido 240613MX998877 no llegó
            订单号 8150123456789012 还没发货
            Tracking LX123456789CN shows nothing
            """)
    void should_keep_order_and_tracking_numbers(String text) {
        assertThat(redactor.redact(text).text()).isEqualTo(text);
    }

    @Test
    void should_keep_the_known_order_id_even_without_an_order_word() {
        assertThat(redactor.redact("It's 8150123456789 and still nothing", List.of(), List.of("8150123456789")).text())
                .contains("8150123456789");
    }
}
