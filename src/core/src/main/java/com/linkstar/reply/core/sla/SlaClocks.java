package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.SlaTimer;
import java.util.Set;

/** Starts the clock of a buyer message by its tenant's settings: the channel's rule, the own target, the warning share. */
public final class SlaClocks {

    /**
     * Channels where a thanks-only message may stay unanswered without counting against the seller: Amazon's "no
     * response needed", and the seller's own store. Marketplace chats (Shopee, Lazada, TikTok) count every message.
     */
    private static final Set<Channel> NO_RESPONSE_NEEDED_ALLOWED = Set.of(Channel.AMAZON, Channel.SHOPIFY);

    private final SlaSettingsStore settings;

    public SlaClocks(SlaSettingsStore settings) {
        this.settings = settings;
    }

    public SlaTimer start(BuyerMessage message) {
        SlaSettings tenant = settings.find(message.tenantId()).orElse(SlaSettings.DEFAULTS);
        SlaPolicy.Due due = tenant.policyFor(message.channel(), message.storeId()).dueFor(message.receivedAt());
        return SlaTimer.running(message.receivedAt(), due.effective(),
                SlaTimer.warnAt(message.receivedAt(), due.effective(), tenant.warningShare()));
    }

    public static boolean allowsNoResponseNeeded(Channel channel) {
        return NO_RESPONSE_NEEDED_ALLOWED.contains(channel);
    }
}
