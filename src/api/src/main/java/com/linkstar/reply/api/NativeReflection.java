package com.linkstar.reply.api;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationDetail;
import com.linkstar.reply.core.model.ConversationPage;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.classify.model.IntentModelStore.ModelInfo;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Core records the API reads or writes as JSON. */
@RegisterForReflection(targets = {InboundMessage.class, BuyerMessage.class, Classification.class, Conversation.class,
        ConversationDetail.class, ConversationPage.class, ReplyDraft.class, SlaTimer.class, IntentDefinition.class,
        TaxonomyResource.TaxonomyDocument.class, ModelInfo.class})
public class NativeReflection {
}
