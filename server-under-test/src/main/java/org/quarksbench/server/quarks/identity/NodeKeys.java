package org.quarksbench.server.quarks.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import org.quarksbench.server.http.Json;

/** A node's own key pair, created at its first start and kept in a JSON file for later starts. */
public final class NodeKeys {
  private NodeKeys() {}

  /** Returns the key pair stored in {@code file}, or creates, stores and returns a new one. */
  public static KeyPair loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      StoredKeys stored = Json.MAPPER.readValue(file.toFile(), StoredKeys.class);
      return new KeyPair(Signatures.decodePublicKey(stored.publicKey()),
          Signatures.decodePrivateKey(stored.privateKey()));
    }
    KeyPair created = Signatures.generateKeyPair();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, Json.toBytes(new StoredKeys(Signatures.encodePublicKey(created.getPublic()),
        Signatures.encodePrivateKey(created.getPrivate()))));
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return created;
  }

  private record StoredKeys(String publicKey, String privateKey) {}
}
