package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexesTest {

    @Test
    void should_split_alternatives_at_the_top_level_only() {
        assertThat(Regexes.topLevelAlternatives("a|(b|c)d|[|x]e|\\|f")).containsExactly("a", "(b|c)d", "[|x]e", "\\|f");
    }
}
