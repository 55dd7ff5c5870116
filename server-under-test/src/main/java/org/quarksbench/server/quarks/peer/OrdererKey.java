package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.ledger.Block;

/**
 * The orderer's public key as one peer pins it: learned from the orderer at the peer's first sync and kept
 * in a file, so later starts trust the same key. Thread-safe.
 *
 * <p>NOTE: the first sync trusts whatever node responds at the orderer URL, because this network has no
 * certificate authority to vouch for the orderer.
 */
final class OrdererKey {
  private final Path file;
  private volatile PublicKey key;
  private volatile String encoded;

  private OrdererKey(Path file) {
    this.file = file;
  }

  static OrdererKey open(Path file) throws IOException {
    OrdererKey ordererKey = new OrdererKey(file);
    if (Files.exists(file)) {
      ordererKey.set(Files.readString(file, StandardCharsets.UTF_8).trim());
    }
    return ordererKey;
  }

  boolean isKnown() {
    return key != null;
  }

  /**
   * Pins {@code publicKeyBase64} and stores it, unless the same key is pinned already.
   *
   * @throws IOException if another key is pinned: the orderer lost its key, and its blocks cannot be trusted
   * @throws IllegalArgumentException if the text is not a public key
   */
  synchronized void pin(String publicKeyBase64) throws IOException {
    if (encoded != null) {
      if (!encoded.equals(publicKeyBase64)) {
        throw new IOException("the orderer now signs with another key than the one pinned in " + file
            + "; if the orderer was set up again, delete this peer's data directory too");
      }
      return;
    }
    Signatures.decodePublicKey(publicKeyBase64);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, publicKeyBase64, StandardCharsets.UTF_8);
    set(publicKeyBase64);
  }

  /** Returns whether the block carries a valid orderer signature over its hash; false while no key is pinned. */
  boolean verify(Block block) {
    PublicKey pinned = key;
    return pinned != null
        && Signatures.verify(pinned, block.hash().getBytes(StandardCharsets.UTF_8), block.ordererSignature());
  }

  private void set(String publicKeyBase64) {
    key = Signatures.decodePublicKey(publicKeyBase64);
    encoded = publicKeyBase64;
  }
}
