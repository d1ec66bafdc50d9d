package com.linkstar.reply.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Named regular expressions over folded text (see {@link TextNormalizer}). A phrase that starts with a Latin letter
 * only matches at the start of a word, so "sue" does not match inside "issue"; CJK phrases match anywhere, because
 * those languages do not separate words.
 */
final class RuleSet {

    record Rule(String id, Pattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();

    RuleSet add(String id, String... phrases) {
        for (String phrase : phrases) {
            // Phrases with regex escapes or look-arounds are written already folded: folding would lower-case \\p{L}.
            boolean raw = phrase.startsWith("(?") || phrase.contains("\\");
            String folded = raw ? phrase : TextNormalizer.fold(phrase);
            boolean latinStart = !folded.isEmpty() && Character.UnicodeScript.of(folded.codePointAt(0)) == Character.UnicodeScript.LATIN;
            rules.add(new Rule(id, Pattern.compile(latinStart ? "(?<!\\p{L})" + folded : folded)));
        }
        return this;
    }

    List<Rule> matching(String foldedText) {
        List<Rule> hits = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.pattern().matcher(foldedText).find()) {
                hits.add(rule);
            }
        }
        return hits;
    }
}
