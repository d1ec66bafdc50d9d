package com.linkstar.reply.core.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Named regular expressions over folded text (see {@link TextNormalizer}). A phrase that starts with a Latin letter
 * only matches at the start of a word, so "sue" does not match inside "issue"; CJK phrases match anywhere, because
 * those languages do not separate words.
 *
 * <p>Each rule carries the longest literal every match must contain (its trigger); the regex runs only when the text
 * contains the trigger, which skips almost all of the several hundred rules for any one message.
 */
final class RuleSet {

    record Rule(String id, Pattern pattern, String trigger) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private TriggerIndex triggers;

    RuleSet add(String id, String... phrases) {
        for (String phrase : phrases) {
            // Phrases with regex escapes or look-arounds are written already folded: folding would lower-case \p{L}.
            boolean raw = phrase.startsWith("(?") || phrase.contains("\\");
            String folded = raw ? phrase : TextNormalizer.fold(phrase);
            if (!seen.add(id + "\u0000" + folded)) {
                continue; // the same phrase twice would count twice
            }
            boolean latinStart = !folded.isEmpty() && Character.UnicodeScript.of(folded.codePointAt(0)) == Character.UnicodeScript.LATIN;
            rules.add(new Rule(id, Pattern.compile(latinStart ? "(?<!\\p{L})" + folded : folded), requiredLiteral(folded)));
        }
        triggers = null;
        return this;
    }

    List<Rule> matching(String foldedText) {
        TriggerIndex index = triggers;
        if (index == null) {
            index = new TriggerIndex();
            for (int i = 0; i < rules.size(); i++) {
                index.add(i, rules.get(i).trigger());
            }
            index.build();
            triggers = index;
        }
        List<Rule> hits = new ArrayList<>();
        BitSet candidates = index.candidates(foldedText);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Rule rule = rules.get(i);
            if (rule.pattern().matcher(foldedText).find()) {
                hits.add(rule);
            }
        }
        return hits;
    }

    /**
     * The longest run of plain characters at the top level of the pattern (outside groups and classes, not made
     * optional by a quantifier): every match contains it. Empty when the pattern has none worth checking.
     */
    static String requiredLiteral(String pattern) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                best = longer(best, run);
                run.setLength(0);
                i++;
                if (i + 1 < pattern.length() && (pattern.charAt(i) == 'p' || pattern.charAt(i) == 'P') && pattern.charAt(i + 1) == '{') {
                    i = pattern.indexOf('}', i); // a character property such as \p{L}
                }
                continue;
            }
            if (c == '(' || c == '[') {
                best = longer(best, run);
                run.setLength(0);
                depth++;
                continue;
            }
            if (c == ')' || c == ']') {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (c == '|') {
                return ""; // a top-level alternative: no single literal is required
            }
            if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1); // the quantified character is optional
                }
                best = longer(best, run);
                run.setLength(0);
                if (c == '{') {
                    i = pattern.indexOf('}', i); // skip the repetition count
                }
                continue;
            }
            if (c == '.' || c == '+' || c == '^' || c == '$') {
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            run.append(c);
        }
        best = longer(best, run);
        // one CJK character is as selective as a Latin word; one Latin letter or space is not
        return best.length() >= 2 || (best.length() == 1 && best.charAt(0) > 0x2E80) ? best : "";
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
