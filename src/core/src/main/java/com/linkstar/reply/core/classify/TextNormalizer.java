package com.linkstar.reply.core.classify;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that rules match regardless of width, case and accents: "Rückerstattung", "RUCKERSTATTUNG" and
 * "ruckerstattung" are the same to a rule. Kana voicing marks are kept, because stripping them changes Japanese words.
 */
public final class TextNormalizer {

    private static final Pattern LATIN_DIACRITICS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        String stripped = LATIN_DIACRITICS.matcher(decomposed).replaceAll("");
        String recomposed = Normalizer.normalize(stripped, Normalizer.Form.NFC)
                .replace('’', '\'')
                .replace('ß', 's');
        return WHITESPACE.matcher(recomposed).replaceAll(" ").trim();
    }
}
