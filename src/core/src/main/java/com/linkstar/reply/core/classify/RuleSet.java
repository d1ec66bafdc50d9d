package com.linkstar.reply.core.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named regular expressions over folded text (see {@link TextNormalizer}). A phrase that starts with a Latin letter
 * only matches at the start of a word (after anything but a Latin letter), so "sue" does not match inside "issue" but
 * "paypal" does inside "PayPalで"; CJK phrases match anywhere, because those languages do not separate words.
 *
 * <p>Each rule carries the longest literal every match must contain (its trigger); the regex runs only when the text
 * contains the trigger, which skips almost all of the several hundred rules for any one message.
 */
final class RuleSet {

    /**
     * @param triggers literals of which every match contains at least one; empty: the rule always runs
     * @param literal the phrase itself when it has no regex syntax: matched without the regex engine
     */
    record Rule(String id, Pattern pattern, List<String> triggers, String literal, boolean wordStart, String prefix) {

        /** Where the rule matches: [start, end) of each match. */
        List<int[]> spans(String foldedText) {
            List<int[]> spans = new ArrayList<>();
            Matcher matcher = pattern.matcher(foldedText);
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
            return spans;
        }

        boolean matches(String foldedText) {
            if (literal == null && prefix != null) {
                // every match starts with the prefix: try the regex only where it occurs, not at every position
                Matcher matcher = pattern.matcher(foldedText).useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = foldedText.indexOf(prefix); at >= 0; at = foldedText.indexOf(prefix, at + 1)) {
                    if (matcher.region(at, foldedText.length()).lookingAt()) {
                        return true;
                    }
                }
                return false;
            }
            if (literal == null) {
                return pattern.matcher(foldedText).find();
            }
            for (int at = foldedText.indexOf(literal); at >= 0; at = foldedText.indexOf(literal, at + 1)) {
                if (!wordStart || at == 0 || !isLatinLetter(foldedText.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Only a Latin letter before a Latin phrase makes it part of another word: "PayPalで" in Japanese starts a word. */
    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\()\\[\\]{}.*+?|^$]");

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
            String literal = REGEX_SYNTAX.matcher(folded).find() ? null : folded;
            rules.add(new Rule(id, Pattern.compile(latinStart ? "(?<!\\p{IsLatin})" + folded : folded), requiredLiterals(folded), literal, latinStart,
                    leadingLiteral(folded)));
        }
        triggers = null;
        return this;
    }

    List<Rule> matching(String foldedText) {
        TriggerIndex index = triggers;
        if (index == null) {
            index = indexOf(List.of(this));
            triggers = index;
        }
        return confirm(index.candidates(foldedText), 0, foldedText);
    }

    List<Rule> rules() {
        return rules;
    }

    /** One trigger index over the rules of several sets, numbered set after set in the order given. */
    static TriggerIndex indexOf(List<RuleSet> sets) {
        TriggerIndex index = new TriggerIndex();
        int offset = 0;
        for (RuleSet set : sets) {
            for (int i = 0; i < set.rules.size(); i++) {
                index.add(offset + i, set.rules.get(i).triggers());
            }
            offset += set.rules.size();
        }
        index.build();
        return index;
    }

    /** The rules of this set that match, among the candidates numbered from {@code offset} on. */
    List<Rule> confirm(BitSet candidates, int offset, String foldedText) {
        List<Rule> hits = new ArrayList<>();
        for (int i = candidates.nextSetBit(offset); i >= 0 && i < offset + rules.size(); i = candidates.nextSetBit(i + 1)) {
            Rule rule = rules.get(i - offset);
            if (rule.matches(foldedText)) {
                hits.add(rule);
            }
        }
        return hits;
    }

    /**
     * Whether a match of one of {@code first} ends at most {@code gap} characters before a match of one of
     * {@code second} starts, or the other way round: "I'll post it … on TikTok", "auf TikTok … sonst".
     */
    static boolean near(List<Rule> first, List<Rule> second, String foldedText, int gap) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        List<int[]> secondSpans = new ArrayList<>();
        second.forEach(rule -> secondSpans.addAll(rule.spans(foldedText)));
        for (Rule rule : first) {
            for (int[] a : rule.spans(foldedText)) {
                for (int[] b : secondSpans) {
                    if (b[0] >= a[1] && b[0] - a[1] <= gap || a[0] >= b[1] && a[0] - b[1] <= gap) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Literals of which every match contains one: the pattern's longest required literal, or the alternatives of one of
     * its required groups ("(post|share|upload) ... (youtube|tiktok)"), whichever is the more selective. Empty when the
     * pattern requires no literal at all.
     */
    static List<String> requiredLiterals(String pattern) {
        List<String> best = List.of();
        String single = requiredLiteral(pattern);
        if (!single.isEmpty()) {
            best = List.of(single);
        }
        // every top-level group that is not optional requires one of its alternatives: the group whose shortest
        // alternative is longest is the most selective trigger set
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '[') {
                i = pattern.indexOf(']', i);
                if (i < 0) {
                    break;
                }
                continue;
            }
            if (c != '(') {
                continue;
            }
            int close = closingParen(pattern, i);
            if (close < 0) {
                break;
            }
            boolean nonCapturing = pattern.startsWith("(?:", i);
            boolean lookaround = pattern.startsWith("(?", i) && !nonCapturing;
            boolean optional = close + 1 < pattern.length() && "?*{".indexOf(pattern.charAt(close + 1)) >= 0;
            if (!lookaround && !optional) {
                List<String> literals = new ArrayList<>();
                for (String alternative : Regexes.topLevelAlternatives(pattern.substring(i + (nonCapturing ? 3 : 1), close))) {
                    List<String> inner = requiredLiterals(alternative);
                    if (inner.isEmpty()) {
                        literals = null;
                        break;
                    }
                    literals.addAll(inner);
                }
                if (literals != null && shortest(literals) > shortest(best)) {
                    best = literals;
                }
            }
            i = close;
        }
        return best;
    }

    /**
     * The plain characters every match of the pattern starts with ("is " of "is (it|this) new"), or null when a match
     * may start otherwise (a leading group, class, escape, or an alternative at the top level).
     */
    static String leadingLiteral(String pattern) {
        if (Regexes.topLevelAlternatives(pattern).size() > 1) {
            return null;
        }
        int end = 0;
        while (end < pattern.length() && !REGEX_SYNTAX.matcher(pattern.substring(end, end + 1)).matches()) {
            end++;
        }
        if (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0) {
            end--; // the last character is optional or repeated
        }
        return end >= 2 || end == 1 && pattern.charAt(0) > 0x2E80 ? pattern.substring(0, end) : null;
    }

    private static int shortest(List<String> literals) {
        return literals.isEmpty() ? 0 : literals.stream().mapToInt(String::length).min().getAsInt();
    }

    private static int closingParen(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
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
                i++;
                if (depth == 0 && i < pattern.length() && !Character.isLetterOrDigit(pattern.charAt(i))) {
                    run.append(pattern.charAt(i)); // an escaped literal such as \* in "f\*+k"
                    continue;
                }
                best = longer(best, run);
                run.setLength(0);
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
