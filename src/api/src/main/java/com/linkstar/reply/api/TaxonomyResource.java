package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/** The caller's intent taxonomy: read it, replace it (validated, conditional on the version read). */
@Path("/v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    private static final Logger LOG = Logger.getLogger(TaxonomyResource.class);

    public record TaxonomyDocument(Long version, List<IntentDefinition> intents) {
    }

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public TaxonomyDocument get() {
        TaxonomyStore.Versioned current = aws.taxonomies().find(caller.tenantId());
        return new TaxonomyDocument(current.version(), current.taxonomy().intents());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TaxonomyDocument replace(TaxonomyDocument body) {
        String tenant = caller.tenantId();
        if (body == null || body.version() == null) {
            throw new BadRequestException("body needs \"version\" (from GET /v1/taxonomy) and \"intents\"");
        }
        Taxonomy taxonomy = Taxonomy.of(body.intents());
        if (!aws.taxonomies().save(tenant, taxonomy, body.version())) {
            throw new ClientErrorException("the taxonomy changed since version " + body.version() + "; GET it again and reapply",
                    Response.Status.CONFLICT);
        }
        LOG.infof("decision=taxonomy-saved tenant=%s version=%d intents=%d", tenant, body.version() + 1, taxonomy.ids().size());
        return new TaxonomyDocument(body.version() + 1, taxonomy.intents());
    }
}
