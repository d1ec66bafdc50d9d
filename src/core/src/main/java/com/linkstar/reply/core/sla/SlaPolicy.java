package com.linkstar.reply.core.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * The clocks one conversation runs on: its marketplace's rule and, optionally, the seller's own target. The reply is
 * due at the earlier of the two.
 */
public record SlaPolicy(ResponseRule marketplace, Optional<ResponseRule> ownTarget) {

    /** @param effective the earlier of the two: when the conversation is due */
    public record Due(Instant marketplace, Optional<Instant> ownTarget, Instant effective) {
    }

    public static SlaPolicy of(ResponseRule marketplace) {
        return new SlaPolicy(marketplace, Optional.empty());
    }

    public SlaPolicy withOwnTarget(ResponseRule target) {
        return new SlaPolicy(marketplace, Optional.of(target));
    }

    public Due dueFor(Instant receivedAt) {
        Instant byMarketplace = marketplace.dueAt(receivedAt);
        Optional<Instant> byTarget = ownTarget.map(rule -> rule.dueAt(receivedAt));
        Instant effective = byTarget.filter(target -> target.isBefore(byMarketplace)).orElse(byMarketplace);
        return new Due(byMarketplace, byTarget, effective);
    }
}
