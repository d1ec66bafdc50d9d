package com.linkstar.reply.api;

import com.linkstar.reply.aws.AwsPipeline;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.sla.SlaFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The caller's first-response time and SLA compliance over a period, in total and per channel and store:
 * {@code GET /v1/sla-figures?from=2026-11-01&to=2026-11-24[&channel=amazon][&store=de-store]}. Days are UTC.
 */
@Path("/v1/sla-figures")
@Produces(MediaType.APPLICATION_JSON)
public class SlaFiguresResource {

    static final int MAX_DAYS = 366;

    @Inject
    AwsPipeline aws;

    @Inject
    CallerTenant caller;

    @GET
    public Map<String, Object> figures(@QueryParam("from") String fromText, @QueryParam("to") String toText,
            @QueryParam("channel") String channelName, @QueryParam("store") String store) {
        LocalDate to = toText == null ? LocalDate.now(ZoneOffset.UTC) : date("to", toText);
        LocalDate from = fromText == null ? to.minusDays(29) : date("from", fromText);
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadRequestException("from must not be after to, and the period at most " + MAX_DAYS + " days; was " + from + " to " + to);
        }
        Channel channel = channelName == null ? null : Channel.fromWireName(channelName);

        SlaFigures total = SlaFigures.empty(from, channel, store);
        Map<String, SlaFigures> byChannelAndStore = new TreeMap<>();
        for (SlaFigures day : aws.store().slaFigures(caller.tenantId(), from, to)) {
            if (channel != null && day.channel() != channel || store != null && !day.storeId().equals(store)) {
                continue;
            }
            total = total.plus(day);
            byChannelAndStore.merge(day.channel().wireName() + "/" + day.storeId(), SlaFigures.empty(from, day.channel(), day.storeId()).plus(day),
                    SlaFigures::plus);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byChannelAndStore.values().forEach(f -> rows.add(document(f, true)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("total", document(total, false));
        body.put("by_channel_and_store", rows);
        return body;
    }

    private static Map<String, Object> document(SlaFigures f, boolean withKey) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (withKey) {
            doc.put("channel", f.channel().wireName());
            doc.put("store", f.storeId());
        }
        doc.put("responses", f.responses());
        doc.put("on_time", f.onTime());
        doc.put("breaches", f.breaches());
        doc.put("sla_compliance", f.compliance());
        doc.put("average_response_seconds", f.averageResponseSeconds());
        doc.put("first_responses", f.firstResponses());
        doc.put("average_first_response_seconds", f.averageFirstResponseSeconds());
        return doc;
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new BadRequestException(name + " must be a date such as 2026-11-24, was '" + text + "'");
        }
    }
}
