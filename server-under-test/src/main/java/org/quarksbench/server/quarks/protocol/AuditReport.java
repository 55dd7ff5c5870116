package org.quarksbench.server.quarks.protocol;

import java.util.Map;

/** The chain state of every channel a node holds, by channel name. */
public record AuditReport(String node, Map<String, ChannelState> channels) {}
