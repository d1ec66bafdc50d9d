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
            f\\*+c?k                            ; `f*`
            (?<!\\p{L})f\\*?ck                  ; `ck`
            order\\.com                         ; `order.com`
            """)
    void should_find_the_literal_every_match_contains(String pattern, String literal) {
        assertThat(RuleSet.requiredLiteral(pattern)).isEqualTo(literal);
    }

    @org.junit.jupiter.api.Test
    void should_use_the_alternatives_of_a_leading_group_when_no_single_literal_is_required() {
        assertThat(RuleSet.requiredLiterals("(post|share|upload)(s)? .{0,40}(youtube|tiktok)")).containsExactly("youtube", "tiktok");
        assertThat(RuleSet.requiredLiterals("(?<!a )(will|going to) (sue|leave)")).containsExactly("will", "going to");
        assertThat(RuleSet.requiredLiterals("(a|b) c")).containsExactly(" c");
        assertThat(RuleSet.requiredLiterals("(a|b)")).isEmpty();
        assertThat(RuleSet.requiredLiterals("(leave|give)? a review")).containsExactly(" a review");
        assertThat(RuleSet.requiredLiterals("(ab)?(cd|ef)")).containsExactly("cd", "ef");
        assertThat(RuleSet.requiredLiterals("(ab)?(c|d)")).isEmpty();
    }

    @ParameterizedTest(name = "{0} starts with ''{1}''")
    @CsvSource(delimiter = ';', quoteCharacter = '`', nullValues = "NONE", textBlock = """
            is (it|this) new             ; `is `
            wrong colou?r                ; `wrong colo`
            ab+c                         ; `ab`
            (does|will) it fit           ; NONE
            a|bc                         ; NONE
            \\d+ stars                   ; NONE
            x?yz                         ; NONE
            发货.{0,4}没                  ; 发货
            """)
    void should_find_the_literal_every_match_starts_with(String pattern, String prefix) {
        assertThat(RuleSet.leadingLiteral(pattern)).isEqualTo(prefix);
    }

    @org.junit.jupiter.api.Test
    void should_match_a_word_start_phrase_only_at_the_start_of_a_word_when_jumping_to_its_prefix() {
        RuleSet rules = new RuleSet().add("sue", "sue (you|them)");
        assertThat(rules.matching("i will issue you a refund")).isEmpty();
        assertThat(rules.matching("tissue, or i sue you")).extracting(RuleSet.Rule::id).containsExactly("sue");
    }
}
