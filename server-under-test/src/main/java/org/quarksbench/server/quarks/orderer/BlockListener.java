package org.quarksbench.server.quarks.orderer;

import org.quarksbench.server.quarks.ledger.Block;

/** Receives each block after the orderer has written it durably, on the channel's writer thread. */
@FunctionalInterface
interface BlockListener {
  void onBlockWritten(Block block);
}
