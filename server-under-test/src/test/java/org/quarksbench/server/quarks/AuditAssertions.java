package org.quarksbench.server.quarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarksbench.server.quarks.ledger.Block;
import org.quarksbench.server.testing.TestClient;

/** The audit checks shared by the load and fault tests. */
final class AuditAssertions {
  private AuditAssertions() {}

  /**
   * Checks that every member peer of each channel holds the orderer's chain, block for block, and that each
   * acknowledged transaction is on it exactly once.
   */
  static void assertEveryPeerHoldsEachOnce(TestClient client, QuarksNetwork network,
      List<LoadDriver.Acknowledged> acknowledged) throws Exception {
    assertEveryPeerHoldsEachOnce(client, network.orderer().url(), network.peerUrls(), acknowledged);
  }

  static void assertEveryPeerHoldsEachOnce(TestClient client, String ordererUrl, Map<String, String> peerUrls,
      List<LoadDriver.Acknowledged> acknowledged) throws Exception {
    for (ChannelConfig channel : ChannelConfig.defaults()) {
      List<Block> ordererChain = QuarksTestSupport.fetchChain(client, ordererUrl, channel.name());
      for (String org : channel.orgs()) {
        String peerUrl = peerUrls.get(org);
        List<Block> peerChain = QuarksTestSupport.fetchChain(client, peerUrl, channel.name());
        assertEquals(hashes(ordererChain), hashes(peerChain), org + " " + channel.name() + " chain");

        Map<String, Integer> counts = QuarksTestSupport.txIdCounts(peerChain);
        List<String> notOnce = new ArrayList<>();
        for (LoadDriver.Acknowledged ack : acknowledged) {
          if (ack.channel().equals(channel.name()) && counts.getOrDefault(ack.txId(), 0) != 1) {
            notOnce.add(ack.txId() + " x" + counts.getOrDefault(ack.txId(), 0));
          }
        }
        assertEquals(List.of(), notOnce, "acknowledged transactions not exactly once on " + org + " " + channel.name());
      }
    }
  }

  private static List<String> hashes(List<Block> chain) {
    return chain.stream().map(Block::hash).toList();
  }
}
