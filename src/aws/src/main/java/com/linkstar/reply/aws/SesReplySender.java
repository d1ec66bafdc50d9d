package com.linkstar.reply.aws;

import com.linkstar.reply.core.port.ReplySender;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.AccountSendingPausedException;
import software.amazon.awssdk.services.ses.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.ses.model.MessageRejectedException;

/**
 * Delivers a reply through a marketplace's e-mail relay (Amazon: the buyer's anonymised {@code @marketplace.amazon.*}
 * address) with SES, from the tenant's address - the one registered with the marketplace, verified in SES. SES has no
 * idempotency key: the send stage's claim on the draft is what keeps it to one e-mail.
 */
public final class SesReplySender implements ReplySender {

    private final SesClient ses;

    public SesReplySender(SesClient ses) {
        this.ses = ses;
    }

    /** The subject when the buyer's message had none: in the reply's language, like the reply (English otherwise). */
    private static final Map<String, String> YOUR_MESSAGE = Map.of("en", "your message", "de", "Ihre Nachricht", "fr", "votre message",
            "es", "su mensaje", "it", "il suo messaggio", "ja", "お問い合わせの件", "zh", "关于您的留言");

    private static String yourMessage(String language) {
        String base = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return YOUR_MESSAGE.getOrDefault(base, YOUR_MESSAGE.get("en"));
    }

    @Override
    public void send(OutboundReply reply) {
        String from = reply.delivery().emailFrom();
        if (from == null) {
            throw new UndeliverableException("tenant " + reply.tenantId() + " has no delivery.emailFrom for " + reply.channel().wireName()
                    + " replies; set the address registered with the marketplace with PUT /v1/automation");
        }
        if (reply.buyerHandle() == null || !reply.buyerHandle().contains("@")) {
            throw new UndeliverableException("conversation " + reply.conversationId() + " has no relay e-mail address to answer");
        }
        String subject = reply.subject() == null || reply.subject().isBlank() ? "Re: " + yourMessage(reply.language())
                : reply.subject().regionMatches(true, 0, "Re:", 0, 3) ? reply.subject() : "Re: " + reply.subject();
        try {
            ses.sendEmail(r -> r.source(from).destination(d -> d.toAddresses(reply.buyerHandle()))
                    .message(m -> m.subject(c -> c.data(subject).charset("UTF-8")).body(b -> b.text(t -> t.data(reply.text()).charset("UTF-8")))));
        } catch (MessageRejectedException | MailFromDomainNotVerifiedException | AccountSendingPausedException e) {
            // the error code only: SES's message can name the buyer's relay address, which must not reach logs or the DLQ
            throw new UndeliverableException("SES refused the reply of tenant " + reply.tenantId() + " (" + e.awsErrorDetails().errorCode()
                    + "); verify the tenant's sender address in SES (and leave the SES sandbox)");
        }
    }
}
