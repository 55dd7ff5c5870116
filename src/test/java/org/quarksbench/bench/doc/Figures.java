package org.quarksbench.bench.doc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/** Number formatting and min/median/max helpers shared by the doc sections. */
final class Figures {
  private Figures() {}

  /** Formats a number with thousands separators and {@code decimals} decimals, or "n/a" for NaN. */
  static String number(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Formats a spread as "median (min–max)", or just the value when there was one repeat. */
  static String spread(Spread spread, int decimals) {
    if (spread == null) {
      return "n/a";
    }
    if (spread.count() == 1) {
      return number(spread.median(), decimals);
    }
    return number(spread.median(), decimals) + " (" + number(spread.min(), decimals) + "–"
        + number(spread.max(), decimals) + ")";
  }

  /** Returns the spread of a figure over the successful runs, or null when none succeeded. */
  static Spread spreadOf(Collection<RunMeasurement> runs, ToDoubleFunction<RunMeasurement> figure) {
    List<Double> values = runs.stream()
        .filter(RunMeasurement::succeeded)
        .map(figure::applyAsDouble)
        .filter(value -> !Double.isNaN(value))
        .toList();
    return values.isEmpty() ? null : Spread.of(values);
  }

  /** Returns "a/b" as "1.23×", or "n/a" when either is missing. */
  static String ratio(Spread numerator, Spread denominator) {
    if (numerator == null || denominator == null || denominator.median() == 0) {
      return "n/a";
    }
    return number(numerator.median() / denominator.median(), 2) + "×";
  }

  /** Lists failed or skipped runs as Markdown bullet lines, or returns "" when every run succeeded. */
  static String failures(Collection<RunMeasurement> runs) {
    StringBuilder text = new StringBuilder();
    Set<String> listed = new LinkedHashSet<>();
    for (RunMeasurement run : runs) {
      // A skipped case may be listed once per repeat. It needs only one line.
      if (!run.succeeded() && listed.add(run.record().caseName() + " " + run.record().repeat() + " " + run.failure())) {
        text.append("- ").append(run.record().caseName()).append(" (repeat ").append(run.record().repeat())
            .append("): ").append(run.failure()).append('\n');
      }
    }
    return text.isEmpty() ? "" : "Runs without figures:\n\n" + text + "\n";
  }

  /** Lists the command of the first run of each case, as the commands that made the figures. */
  static String commands(Collection<RunMeasurement> runs) {
    StringBuilder text = new StringBuilder("Commands (first repeat of each case; `<results>` is the results folder):\n\n");
    Set<String> seen = new LinkedHashSet<>();
    for (RunMeasurement run : runs) {
      if (!run.record().skipped() && seen.add(run.record().caseName())) {
        text.append("- ").append(run.record().caseName()).append(": `").append(run.record().command()).append("`\n");
      }
    }
    return seen.isEmpty() ? "" : text.append('\n').toString();
  }
}
