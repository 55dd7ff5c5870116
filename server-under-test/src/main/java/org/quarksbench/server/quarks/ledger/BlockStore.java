package org.quarksbench.server.quarks.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quarksbench.server.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blocks of one channel in an append-only file, one JSON block per line, each append forced to disk
 * before {@link #append} returns. Opening the file checks the whole hash chain and drops a last line torn
 * by a crash (that block was never acknowledged, because its append had not returned).
 *
 * <p>Not thread-safe: its owner serializes calls. Blocks are also kept in memory, for reads.
 */
public final class BlockStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BlockStore.class);

  private final Path file;
  private final FileChannel channel;
  private final List<Block> blocks;

  private BlockStore(Path file, FileChannel channel, List<Block> blocks) {
    this.file = file;
    this.channel = channel;
    this.blocks = blocks;
  }

  /** Opens or creates the file, loads and checks its chain, and truncates a torn last line. */
  public static BlockStore open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<Block> blocks = new ArrayList<>();
    long validBytes = 0;
    if (Files.exists(file)) {
      validBytes = load(file, blocks);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    if (channel.size() > validBytes) {
      log.warn("{}: dropping {} bytes of a torn last block after block {}",
          file, channel.size() - validBytes, blocks.size() - 1);
      channel.truncate(validBytes);
      channel.force(true);
    }
    channel.position(validBytes);
    return new BlockStore(file, channel, blocks);
  }

  private static long load(Path file, List<Block> blocks) throws IOException {
    byte[] content = Files.readAllBytes(file);
    long validBytes = 0;
    String previousHash = BlockHashes.GENESIS_PREVIOUS_HASH;
    int lineStart = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] != '\n') {
        continue;
      }
      Block block = parseLine(file, blocks.size() + 1, Arrays.copyOfRange(content, lineStart, i));
      String problem = BlockHashes.checkLink(block, blocks.size(), previousHash);
      if (problem != null) {
        throw corrupt(file, blocks.size() + 1, problem);
      }
      blocks.add(block);
      previousHash = block.hash();
      lineStart = i + 1;
      validBytes = lineStart;
    }
    return validBytes;
  }

  private static Block parseLine(Path file, int lineNumber, byte[] line) throws IOException {
    try {
      return Json.fromBytes(line, Block.class);
    } catch (UncheckedIOException e) {
      throw corrupt(file, lineNumber, e.getMessage());
    }
  }

  private static IOException corrupt(Path file, int lineNumber, String problem) {
    return new IOException(file + " is corrupt at line " + lineNumber + ": " + problem
        + "; move the file away so that this ledger is fetched again from the orderer");
  }

  /** Appends {@code block}, which must extend the chain, and forces it to disk. */
  public void append(Block block) throws IOException {
    String problem = BlockHashes.checkLink(block, height(), headHash());
    if (problem != null) {
      throw new IllegalArgumentException(file + ": cannot append, " + problem);
    }
    byte[] json = Json.toBytes(block);
    ByteBuffer buffer = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    blocks.add(block);
  }

  /** Number of blocks in the chain. */
  public long height() {
    return blocks.size();
  }

  /** Hash of the last block, or the genesis previous hash when the chain is empty. */
  public String headHash() {
    return blocks.isEmpty() ? BlockHashes.GENESIS_PREVIOUS_HASH : blocks.get(blocks.size() - 1).hash();
  }

  /** Returns up to {@code limit} blocks starting at number {@code from}. */
  public List<Block> blocks(long from, int limit) {
    if (from < 0 || from >= blocks.size()) {
      return List.of();
    }
    int start = (int) from;
    return List.copyOf(blocks.subList(start, Math.min(blocks.size(), start + limit)));
  }

  public List<Block> allBlocks() {
    return List.copyOf(blocks);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
