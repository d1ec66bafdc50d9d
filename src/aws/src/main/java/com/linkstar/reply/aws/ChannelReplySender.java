package com.linkstar.reply.aws;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.port.ReplySender;
import java.util.Set;

/** Amazon's channels are answered through its e-mail relay; every other channel through the tenant's connector webhook. */
public final class ChannelReplySender implements ReplySender {

    private static final Set<Channel> EMAIL_RELAY = Set.of(Channel.AMAZON, Channel.AMAZON_ATOZ);

    private final ReplySender email;
    private final ReplySender webhook;

    public ChannelReplySender(ReplySender email, ReplySender webhook) {
        this.email = email;
        this.webhook = webhook;
    }

    @Override
    public void send(OutboundReply reply) {
        (EMAIL_RELAY.contains(reply.channel()) ? email : webhook).send(reply);
    }
}
