package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.usecase.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore() {
        return new InMemoryConversationStore();
    }
}
