package org.quarksbench.compare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;

class PercentileChartTest {
  @Test
  void axisTopIsNiceNumber() {
    assertEquals(1.0, PercentileChart.niceCeiling(1));
    assertEquals(5.0, PercentileChart.niceCeiling(3));
    assertEquals(200_000.0, PercentileChart.niceCeiling(120_971));
    assertEquals(1000.0, PercentileChart.niceCeiling(1000));
  }

  @Test
  void percentLabels() {
    assertEquals("50%", PercentileChart.percentLabel(0.5));
    assertEquals("99.9%", PercentileChart.percentLabel(0.999));
    assertEquals("99.99%", PercentileChart.percentLabel(0.9999));
    assertEquals("100%", PercentileChart.percentLabel(1.0));
  }

  @Test
  void noPercentilesGiveNoChart() {
    EndpointSummary empty = endpoint(List.of());

    assertEquals("", PercentileChart.svg("GET /a", empty, empty));
  }

  @Test
  void pointsOfBothSeriesWithTooltips() {
    EndpointSummary baseline = endpoint(List.of(new PercentileValue(0.5, 40), new PercentileValue(0.95, 90)));
    EndpointSummary candidate = endpoint(List.of(new PercentileValue(0.5, 45), new PercentileValue(0.99, 300)));

    String svg = PercentileChart.svg("GET /a<b>", baseline, candidate);

    assertTrue(svg.contains("<title>GET /a&lt;b&gt; response-time percentiles</title>"), svg);
    assertTrue(svg.contains("<title>baseline 95%: 90 ms</title>"), svg);
    assertTrue(svg.contains("<title>candidate 99%: 300 ms</title>"), svg);
    assertEquals(2, svg.split("<polyline").length - 1, svg);
    assertTrue(svg.contains(">500 ms</text>"), "the y axis ends at 500 ms: " + svg);
  }

  private static EndpointSummary endpoint(List<PercentileValue> percentiles) {
    return new EndpointSummary("GET", "/a", 10, 0, 50, 10, 300, 45, 1.0, 0.0, percentiles);
  }
}
