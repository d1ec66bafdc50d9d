package com.linkstar.reply.core.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick over the rules' trigger literals: one pass over a text tells which rules can match at all, instead of
 * one substring search per rule.
 */
final class TriggerIndex {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        /** Rules whose trigger ends here (directly or through the failure chain, merged when built). */
        final List<Integer> rules = new ArrayList<>();
        /** The same edges and rules as arrays once built: the scan is on the hot path of every message. */
        char[] keys = new char[0];
        Node[] children = new Node[0];
        int[] ruleArray = new int[0];

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }
    }

    private final Node root = new Node();
    private final BitSet alwaysRun = new BitSet();
    private int ruleCount;

    /** A rule is a candidate when any of its triggers occurs; no triggers means the rule always runs. */
    void add(int rule, List<String> triggers) {
        ruleCount = Math.max(ruleCount, rule + 1);
        if (triggers.isEmpty()) {
            alwaysRun.set(rule);
            return;
        }
        for (String trigger : triggers) {
            Node node = root;
            for (char c : trigger.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            node.rules.add(rule);
        }
    }

    /** Links the failure transitions; call once after the last {@link #add}. */
    void build() {
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node fail = node.fail;
                while (fail != null && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                child.fail = fail == null ? root : fail.next.get(edge.getKey());
                child.rules.addAll(child.fail.rules);
                queue.add(child);
            }
        }
        freeze(root);
    }

    private static void freeze(Node node) {
        node.keys = new char[node.next.size()];
        node.children = new Node[node.next.size()];
        int i = 0;
        for (char c : new java.util.TreeSet<>(node.next.keySet())) {
            node.keys[i] = c;
            node.children[i++] = node.next.get(c);
        }
        node.ruleArray = node.rules.stream().mapToInt(Integer::intValue).distinct().toArray();
        for (Node child : node.children) {
            freeze(child);
        }
    }

    /** The rules that may match the text: those whose trigger occurs in it, and those without a trigger. */
    BitSet candidates(String text) {
        BitSet found = (BitSet) alwaysRun.clone();
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Node next = node.child(c);
            while (next == null && node != root) {
                node = node.fail;
                next = node.child(c);
            }
            node = next == null ? root : next;
            for (int rule : node.ruleArray) {
                found.set(rule);
            }
        }
        return found;
    }
}
