package com.linkstar.reply.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.linkstar.reply.aws.quarkus.LinkstarConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The caller's tenant, from the claims the API Gateway JWT authorizer verified. Never from the request body, a header
 * or the path: a caller cannot name another tenant.
 */
@RequestScoped
public class CallerTenant {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    @Inject
    APIGatewayV2HTTPEvent.RequestContext requestContext;

    @Inject
    LinkstarConfig config;

    public String tenantId() {
        String tenant = claims().get(config.tenantClaim());
        if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
            throw new NotAuthorizedException("the token carries no valid '" + config.tenantClaim() + "' claim", "Bearer");
        }
        return tenant;
    }

    /** Who acts, for the audit trail: the token's subject. */
    public String subject() {
        return claims().getOrDefault("sub", "unknown");
    }

    private Map<String, String> claims() {
        if (requestContext == null || requestContext.getAuthorizer() == null || requestContext.getAuthorizer().getJwt() == null
                || requestContext.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        return requestContext.getAuthorizer().getJwt().getClaims();
    }
}
