package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.classify.model.LinearIntentModel.Example;
import com.linkstar.reply.core.privacy.PiiRedactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labeled examples for the LLM's prompt: a few of the tenant's own messages per intent, kept from its training data
 * with personal data replaced by placeholders, and the ones most similar to a message chosen at classification time
 * (character trigrams, so it works for ja/zh too).
 */
public final class PromptExamples {

    public static final int PER_INTENT = 5;
    public static final int MAX_CHARACTERS = 280;

    private PromptExamples() {
    }

    /**
     * Up to {@link #PER_INTENT} examples per intent, spread over short to long messages, each redacted and cut to
     * {@link #MAX_CHARACTERS}: what is stored with the tenant's model.
     */
    public static List<Example> select(List<Example> training, PiiRedactor redactor) {
        Map<String, List<Example>> byIntent = new LinkedHashMap<>();
        for (Example example : training) {
            byIntent.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
        }
        List<Example> selected = new ArrayList<>();
        for (List<Example> examples : byIntent.values()) {
            List<Example> sorted = new ArrayList<>(examples);
            sorted.sort(Comparator.comparingInt((Example e) -> e.text().length()).thenComparing(Example::text));
            Set<String> seen = new HashSet<>();
            int step = Math.max(1, sorted.size() / PER_INTENT);
            for (int i = 0; i < sorted.size() && seen.size() < PER_INTENT; i += step) {
                String text = redactor.redact(sorted.get(i).text()).text().strip();
                text = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) + "…" : text;
                if (!text.isEmpty() && seen.add(text)) {
                    selected.add(new Example(text, sorted.get(i).intent()));
                }
            }
        }
        return selected;
    }

    /** The {@code count} examples most similar to {@code text}, most similar first. */
    public static List<Example> similarTo(String text, List<Example> pool, int count) {
        Set<String> grams = trigrams(text);
        return pool.stream()
                .sorted(Comparator.comparingDouble((Example e) -> -similarity(grams, trigrams(e.text()))).thenComparing(Example::text))
                .limit(count)
                .toList();
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) Math.max(1, a.size() + b.size() - common.size());
    }

    private static Set<String> trigrams(String text) {
        String folded = " " + text.toLowerCase(Locale.ROOT) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= folded.length(); i++) {
            grams.add(folded.substring(i, i + 3));
        }
        return grams;
    }
}
