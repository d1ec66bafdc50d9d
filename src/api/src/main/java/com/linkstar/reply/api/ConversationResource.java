package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.ConversationDetail;
import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.ConversationPage;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.logging.Logger;

/** The seller's HTTP API: every call acts for the caller's tenant only. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private static final Logger LOG = Logger.getLogger(ConversationResource.class);
    private static final int MAX_PAGE = 100;

    public record Accepted(String messageId, String conversationId, String status) {
    }

    public record Approved(String conversationId, String draftId, String status) {
    }

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(InboundMessage body) {
        String tenant = caller.tenantId();
        BuyerMessage queued = aws.pipeline().submit().submit(tenant, body);
        LOG.infof("decision=queued-for-ingest tenant=%s conversation=%s message=%s", tenant, queued.conversationId(), queued.messageId());
        return Response.accepted(new Accepted(queued.messageId(), queued.conversationId(), "queued")).build();
    }

    @GET
    @Path("/conversations")
    public ConversationPage list(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("store") String store, @QueryParam("limit") @DefaultValue("25") int limit, @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE);
        }
        ConversationFilter filter = new ConversationFilter(parseStatus(status), channel == null ? null : Channel.fromWireName(channel), store);
        return aws.store().listConversations(caller.tenantId(), filter, limit, cursor);
    }

    @GET
    @Path("/conversations/{conversationId}")
    public ConversationDetail get(@PathParam("conversationId") String conversationId) {
        return aws.store().findConversationDetail(caller.tenantId(), conversationId)
                .orElseThrow(() -> new NotFoundException("no conversation " + conversationId));
    }

    @POST
    @Path("/conversations/{conversationId}/drafts/{draftId}/approve")
    public Approved approve(@PathParam("conversationId") String conversationId, @PathParam("draftId") String draftId) {
        String tenant = caller.tenantId();
        ApprovalOutcome outcome = aws.pipeline().approve().approve(tenant, conversationId, draftId, caller.subject());
        LOG.infof("decision=approve-%s tenant=%s conversation=%s draft=%s", outcome.name().toLowerCase(Locale.ROOT), tenant,
                conversationId, draftId);
        return switch (outcome) {
            case APPROVED -> new Approved(conversationId, draftId, "APPROVED");
            case NOT_FOUND -> throw new NotFoundException("no draft " + draftId + " in conversation " + conversationId);
            case NOT_PENDING -> throw new ClientErrorException("draft " + draftId + " is not waiting for approval (sent already, or "
                    + "on its way automatically)", Response.Status.CONFLICT);
            case CONCURRENT_CHANGE -> throw new ClientErrorException("the conversation changed (a new buyer message?) while approving;"
                    + " reload it and approve again", Response.Status.CONFLICT);
        };
    }

    private static ConversationStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ConversationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown status '" + status + "'; one of " + Arrays.toString(ConversationStatus.values()));
        }
    }
}
