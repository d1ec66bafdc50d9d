package com.linkstar.reply.core.classify;

import java.util.ArrayList;
import java.util.List;

/** Reading the structure of the project's own regular expressions, for the rule indexes and the check's arrangement. */
public final class Regexes {

    private Regexes() {
    }

    /**
     * The alternatives of a regular expression at its top level ("a|(b|c)d|[|x]e" → "a", "(b|c)d", "[|x]e"): a bar inside a
     * group, a character class or after a backslash does not split.
     */
    public static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, whatever it is
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }
}
