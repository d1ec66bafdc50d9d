package com.linkstar.reply.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the long alternations are arranged for speed must not change what they match. */
class DraftPatternsTest {

    @Test
    void should_know_which_branches_begin_with_a_chinese_or_japanese_character() {
        assertThat(DraftPatterns.startsWithCjk("退款")).isTrue();
        assertThat(DraftPatterns.startsWithCjk("(当店|弊社)の")).isTrue();
        assertThat(DraftPatterns.startsWithCjk("(app|App|APP)里不好处理")).isFalse();
        assertThat(DraftPatterns.startsWithCjk("(当店|弊社)?の")).isFalse(); // the optional group may be skipped
        assertThat(DraftPatterns.startsWithCjk("的?(订单)")).isFalse();
    }

    @Test
    void should_match_accented_capitals_with_ascii_case_folding() {
        String regex = DraftPatterns.withAccentedCapitals("überweis|[éè]tat|\\p{IsHan}|\\u00e9t");
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        assertThat(pattern.matcher("Überweisen Sie").find()).isTrue();
        assertThat(pattern.matcher("ÉTAT").find()).isTrue();
        assertThat(regex).contains("\\p{IsHan}").contains("\\u00e9t");
    }
}
