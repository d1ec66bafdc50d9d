package com.linkstar.reply.core.model;

public enum SlaState {
    RUNNING,
    BREACHED,
    STOPPED
}
