package com.linkstar.reply.api;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.usecase.RejectedMessageException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error is JSON that says what is wrong: {@code {"status":400,"error":"..."}}. */
public class ErrorMappers {

    public record ApiError(int status, String error) {
    }

    @ServerExceptionMapper
    public Response rejected(RejectedMessageException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidTaxonomy(Taxonomy.InvalidTaxonomyException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidTemplates(TenantTemplates.InvalidTemplatesException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidSlaSettings(SlaSettings.InvalidSlaSettingsException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidAutomationSettings(AutomationSettings.InvalidAutomationSettingsException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    /** Unknown channel names and foreign cursors. */
    @ServerExceptionMapper
    public Response invalidArgument(IllegalArgumentException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return error(e.getResponse().getStatus(), e.getMessage());
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status, message)).build();
    }
}
