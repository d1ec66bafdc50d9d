package com.linkstar.reply.core.compliance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The check's figures over a labelled corpus, as the compliance issue asks for them: precision and recall per rule over
 * (draft, rule) pairs, and how many clean drafts got any finding. Misses and false flags are kept by id, so a
 * regression can be read at once. Shared by {@code linkstar check-draft --corpus} and the build's corpus test.
 */
public final class CorpusTally {

    /** Per rule: true positives, false positives, false negatives. */
    private final Map<String, int[]> perRule = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseFlags = new ArrayList<>();
    private int drafts;
    private int clean;
    private int cleanFlagged;

    public CorpusTally() {
        ChannelPolicy.RULE_IDS.forEach(rule -> perRule.put(rule, new int[3]));
    }

    /**
     * @param expected the rules the draft's label says it violates
     * @param found the rules the check found
     * @param excerpts what the check flagged per rule, shown with a false flag; empty for none
     */
    public void add(String id, Set<String> expected, Set<String> found, Map<String, String> excerpts) {
        drafts++;
        if (expected.isEmpty()) {
            clean++;
            if (!found.isEmpty()) {
                cleanFlagged++;
            }
        }
        for (Map.Entry<String, int[]> entry : perRule.entrySet()) {
            String rule = entry.getKey();
            int[] counts = entry.getValue();
            boolean want = expected.contains(rule);
            boolean got = found.contains(rule);
            if (want && got) {
                counts[0]++;
            } else if (got) {
                counts[1]++;
                falseFlags.add(id + ":" + rule + (excerpts.containsKey(rule) ? " [" + excerpts.get(rule) + "]" : ""));
            } else if (want) {
                counts[2]++;
                misses.add(id + ":" + rule);
            }
        }
    }

    public int drafts() {
        return drafts;
    }

    public int clean() {
        return clean;
    }

    public int cleanFlagged() {
        return cleanFlagged;
    }

    public List<String> misses() {
        return Collections.unmodifiableList(misses);
    }

    public List<String> falseFlags() {
        return Collections.unmodifiableList(falseFlags);
    }

    /** Rule id to {true positives, false positives, false negatives}, in rule order. */
    public Map<String, int[]> perRule() {
        Map<String, int[]> copy = new TreeMap<>();
        perRule.forEach((rule, counts) -> copy.put(rule, counts.clone()));
        return copy;
    }

    public double recall() {
        return ratio(total(0), total(0) + total(2));
    }

    public double precision() {
        return ratio(total(0), total(0) + total(1));
    }

    private int total(int index) {
        return perRule.values().stream().mapToInt(c -> c[index]).sum();
    }

    /** Rounded to four decimals; 1.0 when there is nothing to measure. */
    public static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
