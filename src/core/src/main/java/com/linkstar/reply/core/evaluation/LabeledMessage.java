package com.linkstar.reply.core.evaluation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** One line of the evaluation data contract (DESIGN.md §4). */
public record LabeledMessage(String id, String text, String intent, List<String> risks, String lang) {

    public LabeledMessage {
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** True for the held-out share: the id's SHA-1, read as a number, is divisible by {@code modulus}. */
    public boolean heldOut(int modulus) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, sha).mod(BigInteger.valueOf(modulus)).signum() == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
