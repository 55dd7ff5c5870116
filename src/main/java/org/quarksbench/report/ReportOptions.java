package org.quarksbench.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.format.Layout;

/**
 * Settings of a Locust report; immutable, so each {@code with...} method returns a changed copy.
 *
 * <p>{@link #defaults()} matches what Locust 2.2 to 2.8 printed without a terminal: layout
 * {@link Layout#LOCUST_2_8}, a name column of 80 characters, Locust's percentiles 50% to 100% over its rounded
 * response times, every scenario, and no known target URL.
 */
public final class ReportOptions {
  /** Locust's {@code PERCENTILES_TO_REPORT} (2.x): the columns of its percentile table and CSV files. */
  public static final List<Double> LOCUST_PERCENTILES =
      List.of(0.50, 0.66, 0.75, 0.80, 0.90, 0.95, 0.98, 0.99, 0.999, 0.9999, 1.0);

  /** Locust's name column width when stdout is not a terminal. */
  public static final int DEFAULT_NAME_COLUMN_WIDTH = 80;

  private static final int MIN_NAME_COLUMN_WIDTH = 4;
  private static final int MAX_NAME_COLUMN_WIDTH = 1_000;
  private static final ReportOptions DEFAULTS = new ReportOptions(
      Layout.LOCUST_2_8, DEFAULT_NAME_COLUMN_WIDTH, false, LOCUST_PERCENTILES, Set.of(), Map.of());

  private final Layout layout;
  private final int nameColumnWidth;
  private final boolean exactPercentiles;
  private final List<Double> percentiles;
  private final Set<String> scenarioFilter;
  private final Map<String, String> targetUrls;

  private ReportOptions(
      Layout layout,
      int nameColumnWidth,
      boolean exactPercentiles,
      List<Double> percentiles,
      Set<String> scenarioFilter,
      Map<String, String> targetUrls) {
    this.layout = layout;
    this.nameColumnWidth = nameColumnWidth;
    this.exactPercentiles = exactPercentiles;
    this.percentiles = percentiles;
    this.scenarioFilter = scenarioFilter;
    this.targetUrls = targetUrls;
  }

  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  public Layout layout() {
    return layout;
  }

  /** Returns W, the Name column width of the Locust tables (80 when Locust's stdout is not a terminal). */
  public int nameColumnWidth() {
    return nameColumnWidth;
  }

  /** Returns true for percentiles of the exact whole-millisecond times instead of Locust's rounded ones. */
  public boolean exactPercentiles() {
    return exactPercentiles;
  }

  /** Returns the percentiles as fractions (0.95 for 95%), in column order. */
  public List<Double> percentiles() {
    return percentiles;
  }

  /** Returns true when the percentile list differs from Locust's own. */
  public boolean customPercentiles() {
    return !percentiles.equals(LOCUST_PERCENTILES);
  }

  /** Returns the scenarios to report; empty means every scenario. */
  public Set<String> scenarioFilter() {
    return scenarioFilter;
  }

  /** Returns base URLs by scenario, such as {@code centralized -> http://127.0.0.1:3000}. */
  public Map<String, String> targetUrls() {
    return targetUrls;
  }

  public ReportOptions withLayout(Layout newLayout) {
    if (newLayout == null) {
      throw new IllegalArgumentException("layout must not be null");
    }
    return new ReportOptions(newLayout, nameColumnWidth, exactPercentiles, percentiles, scenarioFilter, targetUrls);
  }

  /**
   * Returns a copy with another Name column width.
   *
   * @throws InvalidInputException if the width is outside 4 to 1000
   */
  public ReportOptions withNameColumnWidth(int width) {
    if (width < MIN_NAME_COLUMN_WIDTH || width > MAX_NAME_COLUMN_WIDTH) {
      throw new InvalidInputException("invalid name column width " + width + "; use a width from "
          + MIN_NAME_COLUMN_WIDTH + " to " + MAX_NAME_COLUMN_WIDTH + " (Locust prints 80).");
    }
    return new ReportOptions(layout, width, exactPercentiles, percentiles, scenarioFilter, targetUrls);
  }

  public ReportOptions withExactPercentiles(boolean exact) {
    return new ReportOptions(layout, nameColumnWidth, exact, percentiles, scenarioFilter, targetUrls);
  }

  /**
   * Returns a copy with another percentile list.
   *
   * @param fractions percentiles as fractions greater than 0 and at most 1, e.g. 0.5, 0.95, 0.99
   * @throws InvalidInputException if the list is empty, has a duplicate or a value outside (0, 1]
   */
  public ReportOptions withPercentiles(List<Double> fractions) {
    if (fractions == null || fractions.isEmpty()) {
      throw new InvalidInputException("the percentile list is empty; give fractions such as 0.5,0.95,0.99.");
    }
    List<Double> checked = new ArrayList<>();
    for (Double fraction : fractions) {
      if (fraction == null || !(fraction > 0 && fraction <= 1)) {
        throw new InvalidInputException("invalid percentile " + fraction + "; give fractions greater than 0 and at "
            + "most 1, such as 0.95 for 95%.");
      }
      if (checked.contains(fraction)) {
        throw new InvalidInputException("percentile " + fraction + " is listed twice; list each percentile once.");
      }
      checked.add(fraction);
    }
    return new ReportOptions(layout, nameColumnWidth, exactPercentiles, List.copyOf(checked), scenarioFilter, targetUrls);
  }

  /** Returns a copy that reports only the named scenarios; an empty collection reports all. */
  public ReportOptions withScenarioFilter(Collection<String> scenarios) {
    Set<String> copy = new LinkedHashSet<>(scenarios);
    return new ReportOptions(layout, nameColumnWidth, exactPercentiles, percentiles,
        java.util.Collections.unmodifiableSet(copy), targetUrls);
  }

  /**
   * Returns a copy with base URLs by scenario, used to write HTTP errors with the full URL as Locust does.
   *
   * @throws InvalidInputException if a URL is not an absolute http or https URL
   */
  public ReportOptions withTargetUrls(Map<String, String> urls) {
    Map<String, String> copy = new LinkedHashMap<>();
    urls.forEach((scenario, url) -> copy.put(scenario, checkedUrl(scenario, url)));
    return new ReportOptions(layout, nameColumnWidth, exactPercentiles, percentiles, scenarioFilter,
        java.util.Collections.unmodifiableMap(copy));
  }

  static String checkedUrl(String scenario, String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new InvalidInputException("invalid target URL '" + url + "' for scenario '" + scenario
          + "'; give a base URL such as http://127.0.0.1:3000.");
    }
    return url;
  }

  @Override
  public String toString() {
    return "ReportOptions[layout=" + layout + ", nameColumnWidth=" + nameColumnWidth + ", exactPercentiles="
        + exactPercentiles + ", percentiles=" + percentiles + ", scenarioFilter=" + scenarioFilter + ", targetUrls="
        + targetUrls + "]";
  }
}
