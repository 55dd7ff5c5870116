package org.quarksbench.server.quarks.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One signed message transaction.
 *
 * @param txId unique id chosen by the gateway (hex)
 * @param keyNanos the message key: epoch time in nanoseconds at which the gateway endorsed the message
 * @param signature Base64 signature by {@code user}'s key over {@link #signedBytes()}
 */
public record Transaction(
    String txId, String channel, String user, String org, String text, long keyNanos, String signature) {

  /**
   * Returns the bytes that the user's key signs: every field but the signature, each as a 4-byte length
   * and its UTF-8 bytes (the key as 8 bytes), so no two field sets share an encoding.
   */
  @JsonIgnore
  public byte[] signedBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + text.length());
    for (String field : new String[] {txId, channel, user, org, text}) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    out.writeBytes(ByteBuffer.allocate(8).putLong(keyNanos).array());
    return out.toByteArray();
  }

  /** Returns the size that counts toward a block's PreferredMaxBytes: signed bytes plus signature. */
  @JsonIgnore
  public int sizeBytes() {
    return signedBytes().length + (signature == null ? 0 : signature.length());
  }

  public Transaction withSignature(String newSignature) {
    return new Transaction(txId, channel, user, org, text, keyNanos, newSignature);
  }
}
