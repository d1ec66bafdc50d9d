package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.compliance.ComplianceCheck;
import com.linkstar.reply.core.draft.TenantTemplates;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The caller's own template wording and signature (see {@link TenantTemplates}). Every override is checked against every
 * channel's messaging policy before it is saved; a failing one is refused with each finding.
 */
@Path("/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    private static final Logger LOG = Logger.getLogger(TemplatesResource.class);
    private static final ComplianceCheck CHECK = ComplianceCheck.bundled();

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public Map<String, Object> get() {
        return aws.tenantTemplates().find(caller.tenantId()).orElse(TenantTemplates.NONE).toMap();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(Map<String, Object> body) {
        if (body == null) {
            throw new BadRequestException("body needs a JSON object such as {\"signature\": \"…\", \"overrides\": {\"thanks.en\": \"…\"}}");
        }
        TenantTemplates templates = TenantTemplates.fromMap(body, CHECK);
        aws.tenantTemplates().save(caller.tenantId(), templates);
        LOG.infof("decision=templates-saved tenant=%s overrides=%d signature=%s", caller.tenantId(), templates.overrides().size(),
                templates.signature() != null);
        return templates.toMap();
    }
}
