package com.linkstar.reply.functions;

import com.linkstar.reply.aws.SecretSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** Stands in for SSM Parameter Store in the function tests (there is no SSM here): a fixed secret per parameter name. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestSecretSource implements SecretSource {

    static String secretOf(String parameterName) {
        return "test-secret:" + parameterName;
    }

    @Override
    public String secret(String parameterName) {
        return secretOf(parameterName);
    }
}
