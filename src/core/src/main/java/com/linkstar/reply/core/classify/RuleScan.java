package com.linkstar.reply.core.classify;

import java.util.BitSet;
import java.util.List;

/**
 * Several rule sets behind one trigger index: one pass over a message finds the candidate rules of all of them (intent,
 * risk, sentiment…), instead of one pass a set. The regexes then run only for the sets the caller asks about.
 */
final class RuleScan {

    private final List<RuleSet> sets;
    private final int[] offsets;
    private final TriggerIndex index;

    RuleScan(RuleSet... sets) {
        this.sets = List.of(sets);
        this.offsets = new int[sets.length];
        for (int s = 1; s < sets.length; s++) {
            offsets[s] = offsets[s - 1] + sets[s - 1].rules().size();
        }
        this.index = RuleSet.indexOf(this.sets);
    }

    Candidates scan(String foldedText) {
        return new Candidates(foldedText, index.candidates(foldedText));
    }

    /** The outcome of one pass over a message. */
    final class Candidates {
        private final String foldedText;
        private final BitSet candidates;

        private Candidates(String foldedText, BitSet candidates) {
            this.foldedText = foldedText;
            this.candidates = candidates;
        }

        /** The rules of {@code set} (one of the scanned sets) that match the message. */
        List<RuleSet.Rule> matching(RuleSet set) {
            for (int s = 0; s < sets.size(); s++) {
                if (sets.get(s) == set) {
                    return set.confirm(candidates, offsets[s], foldedText);
                }
            }
            throw new IllegalArgumentException("not a set of this scan");
        }
    }
}
