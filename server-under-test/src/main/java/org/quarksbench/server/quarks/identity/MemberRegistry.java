package org.quarksbench.server.quarks.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quarksbench.server.http.Json;

/**
 * The enrolled users that one peer accepts transactions from, kept in a file of JSON lines so that a
 * restarted peer still accepts them. Thread-safe.
 */
public final class MemberRegistry {
  private final Path file;
  /** Guarded by {@code this} for writes; reads are lock-free. */
  private final Map<String, Member> members = new ConcurrentHashMap<>();
  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

  private MemberRegistry(Path file) {
    this.file = file;
  }

  public static MemberRegistry open(Path file) throws IOException {
    MemberRegistry registry = new MemberRegistry(file);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          Member member = Json.fromBytes(line.getBytes(StandardCharsets.UTF_8), Member.class);
          registry.members.put(member.user(), member);
          registry.keys.put(member.user(), Signatures.decodePublicKey(member.publicKey()));
        }
      }
    }
    return registry;
  }

  /**
   * Adds {@code member} and stores it on disk; adding the same member again does nothing.
   *
   * @throws IllegalArgumentException if the user is enrolled with another organisation or key, or the key
   *     is not a valid public key
   */
  public synchronized void add(Member member) throws IOException {
    Member existing = members.get(member.user());
    if (existing != null) {
      if (!existing.equals(member)) {
        throw new IllegalArgumentException("user '" + member.user() + "' is already enrolled at "
            + existing.org() + " with another key");
      }
      return;
    }
    PublicKey key = Signatures.decodePublicKey(member.publicKey());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, (new String(Json.toBytes(member), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    members.put(member.user(), member);
    keys.put(member.user(), key);
  }

  public Optional<Member> find(String user) {
    return Optional.ofNullable(members.get(user));
  }

  public Optional<PublicKey> publicKey(String user) {
    return Optional.ofNullable(keys.get(user));
  }
}
