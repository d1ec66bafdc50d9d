package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.model.Classification;

/** Labels one buyer message. */
public interface Classifier {

    Classification classify(String text);
}
