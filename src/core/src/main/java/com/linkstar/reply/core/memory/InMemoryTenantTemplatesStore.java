package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.TenantTemplatesStore;

public final class InMemoryTenantTemplatesStore extends InMemoryTenantSettings<TenantTemplates> implements TenantTemplatesStore {
}
