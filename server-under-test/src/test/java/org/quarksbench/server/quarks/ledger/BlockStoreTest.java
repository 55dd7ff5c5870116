package org.quarksbench.server.quarks.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockStoreTest {
  @TempDir
  Path dir;

  private static Transaction transaction(String id, String text) {
    return new Transaction(id, "channel-1", "alice@org1.com", "org1", text, 42L, "sig-" + id);
  }

  private static Block next(BlockStore store, Transaction... transactions) {
    return Block.create("channel-1", store.height(), store.headHash(), List.of(transactions));
  }

  @Test
  void appendedBlocksSurviveReopen() throws IOException {
    Path file = dir.resolve("channel-1.blocks");
    String head;
    try (BlockStore store = BlockStore.open(file)) {
      store.append(next(store, transaction("a", "one")));
      store.append(next(store, transaction("b", "two"), transaction("c", "three")));
      head = store.headHash();
    }

    try (BlockStore reopened = BlockStore.open(file)) {
      assertEquals(2, reopened.height());
      assertEquals(head, reopened.headHash());
      assertEquals("three", reopened.blocks(1, 1).get(0).transactions().get(1).text());
    }
  }

  @Test
  void appendRejectsBlockThatBreaksChain() throws IOException {
    try (BlockStore store = BlockStore.open(dir.resolve("c.blocks"))) {
      store.append(next(store, transaction("a", "one")));
      Block wrongParent = Block.create("channel-1", 1, BlockHashes.GENESIS_PREVIOUS_HASH, List.of(transaction("b", "x")));
      Block wrongNumber = Block.create("channel-1", 5, store.headHash(), List.of(transaction("b", "x")));

      assertThrows(IllegalArgumentException.class, () -> store.append(wrongParent));
      assertThrows(IllegalArgumentException.class, () -> store.append(wrongNumber));
      assertEquals(1, store.height());
    }
  }

  @Test
  void tamperedTransactionChangesHashCheck() {
    Block block = Block.create("channel-1", 0, BlockHashes.GENESIS_PREVIOUS_HASH, List.of(transaction("a", "one")));
    Block tampered = new Block(block.channel(), 0, block.previousHash(), List.of(transaction("a", "ONE")), block.hash());

    assertNull(BlockHashes.checkLink(block, 0, BlockHashes.GENESIS_PREVIOUS_HASH));
    String problem = BlockHashes.checkLink(tampered, 0, BlockHashes.GENESIS_PREVIOUS_HASH);
    assertNotNull(problem);
    assertTrue(problem.contains("hashes to"), problem);
  }

  @Test
  void tornLastLineIsDroppedOnOpen() throws IOException {
    Path file = dir.resolve("torn.blocks");
    try (BlockStore store = BlockStore.open(file)) {
      store.append(next(store, transaction("a", "one")));
    }
    Files.write(file, "{\"channel\":\"channel-1\",\"num".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

    try (BlockStore reopened = BlockStore.open(file)) {
      assertEquals(1, reopened.height());
      reopened.append(next(reopened, transaction("b", "two")));
    }
    try (BlockStore again = BlockStore.open(file)) {
      assertEquals(2, again.height(), "the append after the torn line must be readable");
    }
  }

  @Test
  void corruptedMiddleBlockFailsOpen() throws IOException {
    Path file = dir.resolve("corrupt.blocks");
    try (BlockStore store = BlockStore.open(file)) {
      store.append(next(store, transaction("a", "one")));
      store.append(next(store, transaction("b", "two")));
    }
    String content = Files.readString(file).replace("\"one\"", "\"0ne\"");
    Files.writeString(file, content);

    IOException error = assertThrows(IOException.class, () -> BlockStore.open(file));
    assertTrue(error.getMessage().contains("line 1"), error.getMessage());
  }
}
