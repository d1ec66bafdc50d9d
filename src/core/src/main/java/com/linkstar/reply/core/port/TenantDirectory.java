package com.linkstar.reply.core.port;

/** Which tenants this deployment serves. */
public interface TenantDirectory {

    boolean isActive(String tenantId);
}
