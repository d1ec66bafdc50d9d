package com.linkstar.reply.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            Rückerstattung                 ; ruckerstattung
            RÜCKERSTATTUNG                 ; ruckerstattung
            Straße                         ; strase
            ＲＥＦＵＮＤ　ｐｌｅａｓｅ         ; refund please
            `  where\t is \n  it  `        ; where is it
            don’t                          ; don't
            我還沒收到貨                     ; 我还没收到货
            ｶﾞﾗｽが割れた                    ; ガラスが割れた
            e\u0301te\u0301                ; ete
            """)
    void should_fold_case_width_accents_whitespace_and_script(String text, String folded) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(folded);
    }

    @Test
    void should_fold_every_labeled_message_as_the_full_unicode_path_does() throws IOException, URISyntaxException {
        Path eval = Path.of(getClass().getResource("/eval").toURI());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(eval)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        for (String text : texts) {
            assertThat(TextNormalizer.fold(text)).as(text).isEqualTo(TextNormalizer.foldSlowly(text));
        }
    }

    @Test
    void should_fold_random_mixed_script_text_as_the_full_unicode_path_does() {
        // characters of the fast path's ranges mixed with ones that change their neighbours (combining marks, voicing
        // marks of half-width kana) or fall outside them (surrogates, Hangul, controls)
        String alphabet = "aZéÉßẞİıÖ ’\t\n\u000B\u00A0\u3000Ａａｶﾞﾟカゞﾞか\u3099\u309A\u309B\u0301\u0308貨货還한글\uD83D\uDE00\u0001\u2025ﬁ①";
        Random random = new Random(20261124);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            assertThat(TextNormalizer.fold(sample)).as(sample).isEqualTo(TextNormalizer.foldSlowly(sample));
        }
    }
}
