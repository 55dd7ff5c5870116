package org.quarksbench.server.quarks.peer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.quarksbench.server.quarks.ChannelConfig;
import org.quarksbench.server.quarks.identity.Member;
import org.quarksbench.server.quarks.identity.MemberRegistry;
import org.quarksbench.server.quarks.identity.Signatures;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.quarks.ledger.BlockHashes;
import org.quarksbench.server.quarks.ledger.BlockStore;
import org.quarksbench.server.quarks.ledger.Transaction;
import org.quarksbench.server.quarks.protocol.ChannelState;
import org.quarksbench.server.quarks.protocol.MessageView;
import org.quarksbench.server.quarks.protocol.TxOutcome;

/**
 * One peer's copy of one channel: the durable chain and the index of its valid messages. A block is
 * appended only if it extends the chain (number, previous hash and own hash) and the orderer signed it.
 *
 * <p>Within a block, a transaction is valid only if all of these hold: its signature verifies with its
 * user's enrolled key, the user belongs to the stated organisation, that organisation is a member of the
 * channel, and its id is new. Invalid transactions stay in the block, as in Fabric, but are not readable.
 * Thread-safe.
 */
final class ChannelLedger implements AutoCloseable {
  private final ChannelConfig config;
  private final MemberRegistry members;
  private final MessageIndex index = new MessageIndex();
  private final Duration validationCostPerTransaction;
  private final OrdererKey ordererKey;
  /** Guarded by {@code this}. */
  private final BlockStore store;

  private ChannelLedger(ChannelConfig config, MemberRegistry members, BlockStore store, OrdererKey ordererKey,
      Duration validationCostPerTransaction) {
    this.config = config;
    this.ordererKey = ordererKey;
    this.validationCostPerTransaction = validationCostPerTransaction;
    this.members = members;
    this.store = store;
  }

  /**
   * Opens the chain file and rebuilds the index from its blocks. Each later commit first waits
   * {@code validationCostPerTransaction} per transaction (see {@link
   * org.quarksbench.server.quarks.QuarksSettings#validationCostPerTransaction()}).
   */
  static ChannelLedger open(ChannelConfig config, Path file, MemberRegistry members, OrdererKey ordererKey,
      Duration validationCostPerTransaction) throws IOException {
    ChannelLedger ledger = new ChannelLedger(config, members, BlockStore.open(file), ordererKey,
        validationCostPerTransaction);
    for (Block block : ledger.store.allBlocks()) {
      ledger.index(block, ledger.validate(block));
    }
    return ledger;
  }

  synchronized CommitResult commit(Block block) throws IOException {
    if (!config.name().equals(block.channel())) {
      return CommitResult.of(CommitResult.Status.REJECTED,
          "block of channel '" + block.channel() + "' delivered to the ledger of '" + config.name() + "'");
    }
    long height = store.height();
    if (block.number() < height) {
      Block committed = store.blocks(block.number(), 1).get(0);
      return committed.hash().equals(block.hash())
          ? CommitResult.of(CommitResult.Status.ALREADY_COMMITTED, "block " + block.number() + " already committed")
          : CommitResult.of(CommitResult.Status.REJECTED, "block " + block.number() + " has hash " + block.hash()
              + " but the committed block has " + committed.hash());
    }
    if (block.number() > height) {
      return CommitResult.of(CommitResult.Status.GAP, "block " + block.number() + " is ahead of height " + height);
    }

    String problem = BlockHashes.checkLink(block, height, store.headHash());
    if (problem != null) {
      return CommitResult.of(CommitResult.Status.REJECTED, problem);
    }
    if (!ordererKey.isKnown()) {
      return CommitResult.of(CommitResult.Status.UNVERIFIED, "the orderer's key is not known yet");
    }
    if (!ordererKey.verify(block)) {
      return CommitResult.of(CommitResult.Status.REJECTED,
          "block " + block.number() + " carries no valid signature of the orderer");
    }

    List<TxOutcome> outcomes = validate(block);
    waitModelledValidationCost(block.transactions().size());
    store.append(block);
    index(block, outcomes);
    return new CommitResult(CommitResult.Status.COMMITTED, "committed", outcomes);
  }

  /** Waits the modelled cost under the ledger lock, so blocks of a channel pay it one after another. */
  private void waitModelledValidationCost(int transactions) throws IOException {
    long costNanos = validationCostPerTransaction.toNanos() * transactions;
    if (costNanos == 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(costNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted during the modelled validation of a block of " + config.name());
    }
  }

  private List<TxOutcome> validate(Block block) {
    List<TxOutcome> outcomes = new ArrayList<>(block.transactions().size());
    List<String> seenInBlock = new ArrayList<>();
    for (Transaction transaction : block.transactions()) {
      String reason = invalidReason(transaction, seenInBlock);
      outcomes.add(new TxOutcome(transaction.txId(), reason == null, reason));
      seenInBlock.add(transaction.txId());
    }
    return outcomes;
  }

  private String invalidReason(Transaction transaction, List<String> seenInBlock) {
    if (!config.name().equals(transaction.channel())) {
      return "transaction of channel '" + transaction.channel() + "' in a block of '" + config.name() + "'";
    }
    if (index.containsTxId(transaction.txId()) || seenInBlock.contains(transaction.txId())) {
      return "duplicate transaction id " + transaction.txId();
    }
    Optional<Member> member = members.find(transaction.user());
    Optional<PublicKey> key = members.publicKey(transaction.user());
    if (member.isEmpty() || key.isEmpty()) {
      return "user '" + transaction.user() + "' is not enrolled";
    }
    if (!member.get().org().equals(transaction.org())) {
      return "user '" + transaction.user() + "' belongs to " + member.get().org() + ", not " + transaction.org();
    }
    if (!config.orgs().contains(transaction.org())) {
      return "organisation " + transaction.org() + " is not a member of channel '" + config.name() + "'";
    }
    if (!Signatures.verify(key.get(), transaction.signedBytes(), transaction.signature())) {
      return "the signature does not verify with the key of '" + transaction.user() + "'";
    }
    return null;
  }

  private void index(Block block, List<TxOutcome> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).valid()) {
        Transaction transaction = block.transactions().get(i);
        index.add(transaction.keyNanos(), new MessageView(Long.toString(transaction.keyNanos()),
            transaction.user(), transaction.text(), transaction.txId(), block.number()));
      }
    }
  }

  List<MessageView> messagesFrom(long fromNanos) {
    return index.from(fromNanos);
  }

  synchronized ChannelState state() {
    return new ChannelState(store.height(), store.headHash());
  }

  synchronized long height() {
    return store.height();
  }

  synchronized List<Block> blocks(long from, int limit) {
    return store.blocks(from, limit);
  }

  ChannelConfig config() {
    return config;
  }

  @Override
  public synchronized void close() throws IOException {
    store.close();
  }
}
