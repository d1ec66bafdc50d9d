package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetTest {

    @ParameterizedTest(name = "{0} requires ''{1}''")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            where is my (order|package)         ; `where is my `
            (has|have) not (yet )?arrived       ; `arrived`
            refund                              ; `refund`
            wrong colou?r                       ; `wrong colo`
            (leave|give) a bad review           ; ` a bad review`
            court(?!\\p{L})                     ; `court`
            a|b                                 ; ``
            还没收到                              ; `还没收到`
            \\d ?stars?                          ; `star`
            (post|share)\\p{L}* .{0,40}(youtube) ; ``
            bestellung .{0,12}nicht erhalten    ; `nicht erhalten`
            """)
    void should_find_the_literal_every_match_contains(String pattern, String literal) {
        assertThat(RuleSet.requiredLiteral(pattern)).isEqualTo(literal);
    }
}
