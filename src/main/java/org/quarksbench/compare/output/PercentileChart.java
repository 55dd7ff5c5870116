package org.quarksbench.compare.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.PercentileValue;

/**
 * An inline SVG chart of one endpoint's response-time percentiles, baseline and candidate overlaid.
 *
 * <p>The x axis has one evenly spaced position per percentile that either side lists (50 %, 66 %, ...,
 * 100 %), so the high percentiles get as much room as the median; the y axis is linear from 0 ms.
 */
final class PercentileChart {
  static final String BASELINE_COLOR = "#1f77b4";
  static final String CANDIDATE_COLOR = "#d62728";
  private static final int WIDTH = 720;
  private static final int HEIGHT = 300;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;
  private static final int Y_TICKS = 5;

  private PercentileChart() {}

  /** Returns the SVG element, or an empty string when neither side lists any percentile. */
  static String svg(String title, EndpointSummary baseline, EndpointSummary candidate) {
    TreeSet<Double> fractions = new TreeSet<>();
    baseline.percentiles().forEach(p -> fractions.add(p.fraction()));
    candidate.percentiles().forEach(p -> fractions.add(p.fraction()));
    if (fractions.isEmpty()) {
      return "";
    }
    List<Double> positions = List.copyOf(fractions);
    long maxMillis = 1;
    for (PercentileValue value : baseline.percentiles()) {
      maxMillis = Math.max(maxMillis, value.millis());
    }
    for (PercentileValue value : candidate.percentiles()) {
      maxMillis = Math.max(maxMillis, value.millis());
    }
    double top = niceCeiling(maxMillis);

    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<title>").append(Html.escape(title)).append(" response-time percentiles</title>");
    appendAxes(svg, positions, top);
    appendSeries(svg, "baseline", BASELINE_COLOR, "6 3", baseline, positions, top);
    appendSeries(svg, "candidate", CANDIDATE_COLOR, "", candidate, positions, top);
    svg.append("</svg>");
    return svg.toString();
  }

  private static void appendAxes(StringBuilder svg, List<Double> positions, double top) {
    int plotBottom = HEIGHT - BOTTOM;
    for (int i = 0; i <= Y_TICKS; i++) {
      double value = top * i / Y_TICKS;
      double y = yOf(value, top);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT, y, WIDTH - RIGHT, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s ms</text>", LEFT - 6, y + 4,
          BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()));
    }
    for (int i = 0; i < positions.size(); i++) {
      double x = xOf(i, positions.size());
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>", x, plotBottom + 16,
          percentLabel(positions.get(i))));
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, plotBottom, WIDTH - RIGHT,
        plotBottom));
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP, LEFT, plotBottom));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">percentile</text>",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6));
  }

  private static void appendSeries(StringBuilder svg, String name, String color, String dash,
      EndpointSummary endpoint, List<Double> positions, double top) {
    TreeMap<Integer, Long> points = new TreeMap<>();
    for (PercentileValue value : endpoint.percentiles()) {
      points.put(positions.indexOf(value.fraction()), value.millis());
    }
    if (points.isEmpty()) {
      return;
    }
    StringBuilder path = new StringBuilder();
    StringBuilder markers = new StringBuilder();
    points.forEach((index, millis) -> {
      double x = xOf(index, positions.size());
      double y = yOf(millis, top);
      path.append(path.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      markers.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %d ms</title></circle>", x, y, color,
          name, percentLabel(positions.get(index)), millis));
    });
    svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"");
    if (!dash.isEmpty()) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append(" points=\"").append(path).append("\"/>").append(markers);
  }

  private static double xOf(int index, int count) {
    double plotWidth = WIDTH - LEFT - RIGHT - 20;
    return count == 1 ? LEFT + 10 + plotWidth / 2 : LEFT + 10 + plotWidth * index / (count - 1);
  }

  private static double yOf(double millis, double top) {
    double plotHeight = HEIGHT - TOP - BOTTOM;
    return TOP + plotHeight * (1 - millis / top);
  }

  /** Returns the smallest 1, 2 or 5 times a power of ten that is at least {@code value}. */
  static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  static String percentLabel(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
