package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.taxonomy.Taxonomy;

/** Labels one buyer message. */
public interface Classifier {

    Classification classify(String text);

    /** With the message's context (its buyer and order), which a classifier that sends text out needs to redact. */
    default Classification classify(BuyerMessage message) {
        return classify(message.text());
    }

    /** In the terms of the tenant's taxonomy; engines that cannot use it (the rules) ignore it and are mapped after. */
    default Classification classify(BuyerMessage message, Taxonomy taxonomy) {
        return classify(message);
    }
}
