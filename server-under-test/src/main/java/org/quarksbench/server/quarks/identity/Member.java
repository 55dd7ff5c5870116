package org.quarksbench.server.quarks.identity;

/** An enrolled user as every peer records it: its organisation and its Base64 X.509 public key. */
public record Member(String user, String org, String publicKey) {}
