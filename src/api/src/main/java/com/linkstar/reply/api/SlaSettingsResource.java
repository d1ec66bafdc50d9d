package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.sla.SlaSettings;
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
 * The caller's SLA settings (see {@link SlaSettings}): per channel and store adjustments of the marketplace clocks, the
 * own response target and the warning share. New messages use them within a minute; running clocks keep their times.
 */
@Path("/v1/sla-settings")
@Produces(MediaType.APPLICATION_JSON)
public class SlaSettingsResource {

    private static final Logger LOG = Logger.getLogger(SlaSettingsResource.class);

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public Map<String, Object> get() {
        return aws.slaSettings().find(caller.tenantId()).orElse(SlaSettings.DEFAULTS).toMap();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(Map<String, Object> body) {
        if (body == null) {
            throw new BadRequestException("body needs a JSON object such as {\"own_target\": {\"hours\": 2}}");
        }
        String tenant = caller.tenantId();
        SlaSettings settings = SlaSettings.fromMap(body);
        String ownPath = SlaSettings.AlertWebhook.secretPathOf(tenant);
        if (settings.webhook().isPresent() && !settings.webhook().get().secretParameter().startsWith(ownPath)) {
            throw new BadRequestException("webhook.secret_parameter must be under " + ownPath + " (your tenant's own path)");
        }
        aws.slaSettings().save(tenant, settings);
        LOG.infof("decision=sla-settings-saved tenant=%s channels=%d ownTarget=%s warningShare=%.2f", tenant, settings.channels().size(),
                settings.ownTarget().isPresent(), settings.warningShare());
        return settings.toMap();
    }
}
