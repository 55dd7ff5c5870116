package org.quarksbench.server.quarks.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quarksbench.server.http.Json;

/**
 * The key pairs of the users enrolled at one organisation's gateway, which signs for them. Kept in a JSON
 * file so that a restarted gateway signs with the keys its peers know. Thread-safe.
 */
public final class Wallet {
  private final Path file;
  private final Map<String, KeyPair> keyPairs = new ConcurrentHashMap<>();

  private Wallet(Path file) {
    this.file = file;
  }

  public static Wallet open(Path file) throws IOException {
    Wallet wallet = new Wallet(file);
    if (Files.exists(file)) {
      Map<String, StoredKeys> stored = Json.MAPPER.readValue(file.toFile(), new TypeReference<>() {});
      stored.forEach((user, keys) -> wallet.keyPairs.put(user, new KeyPair(
          Signatures.decodePublicKey(keys.publicKey()), Signatures.decodePrivateKey(keys.privateKey()))));
    }
    return wallet;
  }

  /** Stores the key pair of {@code user} on disk, replacing none: a user keeps its first key. */
  public synchronized void store(String user, KeyPair keyPair) throws IOException {
    if (keyPairs.containsKey(user)) {
      throw new IllegalStateException("user '" + user + "' already has a key pair in this wallet");
    }
    keyPairs.put(user, keyPair);
    save();
  }

  public Optional<KeyPair> keyPair(String user) {
    return Optional.ofNullable(keyPairs.get(user));
  }

  private void save() throws IOException {
    Map<String, StoredKeys> stored = new HashMap<>();
    keyPairs.forEach((user, pair) -> stored.put(user, new StoredKeys(
        Signatures.encodePublicKey(pair.getPublic()), Signatures.encodePrivateKey(pair.getPrivate()))));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, Json.toBytes(stored));
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private record StoredKeys(String publicKey, String privateKey) {}
}
