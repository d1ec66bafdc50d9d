package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.routing.AutomationSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The caller's automation settings (see {@link AutomationSettings}) and its one switch: {@code POST /v1/automation/pause}
 * stops every automatic send from the next message on, and holds replies already queued; drafts keep coming for approval.
 */
@Path("/v1/automation")
@Produces(MediaType.APPLICATION_JSON)
public class AutomationResource {

    private static final Logger LOG = Logger.getLogger(AutomationResource.class);

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public Map<String, Object> get() {
        var switches = aws.automation().current(caller.tenantId());
        Map<String, Object> body = new java.util.LinkedHashMap<>(switches.tenant().toMap());
        body.put("globallyPaused", switches.globallyPaused());
        return body;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(Map<String, Object> body) {
        if (body == null) {
            throw new BadRequestException("body needs a JSON object such as {\"autoSend\": [{\"channel\": \"shopee\"}], \"delivery\": {…}}");
        }
        AutomationSettings settings = AutomationSettings.fromMap(caller.tenantId(), body);
        aws.automation().save(caller.tenantId(), settings);
        LOG.infof("decision=automation-saved tenant=%s paused=%s autoSendScopes=%d minConfidence=%.2f", caller.tenantId(), settings.paused(),
                settings.autoSend().size(), settings.minConfidence());
        return get();
    }

    @POST
    @Path("/pause")
    public Map<String, Object> pause() {
        return setPaused(true);
    }

    @POST
    @Path("/resume")
    public Map<String, Object> resume() {
        return setPaused(false);
    }

    private Map<String, Object> setPaused(boolean paused) {
        aws.automation().setPaused(caller.tenantId(), paused);
        LOG.infof("decision=automation-%s tenant=%s by=%s", paused ? "paused" : "resumed", caller.tenantId(), caller.subject());
        return get();
    }
}
