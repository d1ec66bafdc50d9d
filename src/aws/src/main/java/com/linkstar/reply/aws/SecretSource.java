package com.linkstar.reply.aws;

/** Secrets by the name of the SSM parameter that holds them; implemented over SSM Parameter Store in Lambda. */
@FunctionalInterface
public interface SecretSource {

    /** A process without access to secrets: the local stack, the API. */
    SecretSource NONE = name -> {
        throw new IllegalStateException("this process reads no secrets (no SSM client); " + name + " is unavailable here");
    };

    String secret(String parameterName);
}
