package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;

/** Labels one buyer message. */
public interface Classifier {

    Classification classify(String text);

    /** With the message's context (its buyer and order), which a classifier that sends text out needs to redact. */
    default Classification classify(BuyerMessage message) {
        return classify(message.text());
    }
}
