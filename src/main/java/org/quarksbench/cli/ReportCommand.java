package org.quarksbench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.ReportOptions;
import org.quarksbench.report.ReportRunner;
import org.quarksbench.report.format.Layout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarks-bench report}: prints and writes the Locust report of one or more Gatling logs. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints Locust's tables (request stats, response time percentiles, error report) for each scenario of a "
          + "Gatling run, and writes them with Locust's CSV files and summary.json to <output>/<scenario>-<start>/.",
      "Several inputs are merged as logs of one run on several load generators."
    },
    footer = {"", "Exit codes: 0 success, 1 internal error, 2 invalid input or usage."})
public final class ReportCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "<input>",
      description = "Gatling results folder (target/gatling/<simulation>-<timestamp>) or simulation.log file.")
  private List<Path> inputs;

  @Option(
      names = "--layout",
      paramLabel = "<layout>",
      converter = LayoutConverter.class,
      description = "Locust table layout: locust-2.8 (one Name column, Locust 2.2-2.8) or locust-2.9 (Type and "
          + "Name columns, Locust 2.9 and later). Default: ${DEFAULT-VALUE}.",
      defaultValue = "locust-2.8")
  private Layout layout;

  @Option(
      names = "--exact-percentiles",
      description = "Rank the exact whole-millisecond times instead of Locust's rounded ones. The percentile "
          + "table's title then names them exact.")
  private boolean exactPercentiles;

  @Option(
      names = "--percentiles",
      split = ",",
      paramLabel = "<fraction>",
      description = "Percentiles to show, as fractions in (0, 1], e.g. 0.5,0.95,0.99. Default: Locust's 0.5 to 1.0.")
  private List<Double> percentiles;

  @Option(
      names = "--scenario",
      split = ",",
      paramLabel = "<name>",
      description = "Report only this scenario (repeatable, or a comma list). Default: every scenario.")
  private List<String> scenarios;

  @Option(
      names = "--output",
      paramLabel = "<dir>",
      description = "Folder that receives one <scenario>-<yyyyMMdd-HHmmss> folder per scenario. Default: ${DEFAULT-VALUE}.",
      defaultValue = "reports/runs")
  private Path output;

  @Option(
      names = "--target-url",
      paramLabel = "<scenario>=<url>",
      description = "Base URL of a scenario's target (repeatable), e.g. centralized=http://127.0.0.1:3000, so HTTP "
          + "errors show the full URL as Locust does. Overrides the results folder's "
          + "quarks-bench-targets.properties.")
  private Map<String, String> targetUrls = new LinkedHashMap<>();

  @Override
  public Integer call() {
    ReportOptions options = ReportOptions.defaults()
        .withLayout(layout)
        .withExactPercentiles(exactPercentiles)
        .withTargetUrls(targetUrls);
    if (percentiles != null) {
      options = options.withPercentiles(percentiles);
    }
    if (scenarios != null) {
      options = options.withScenarioFilter(scenarios);
    }
    try {
      ReportRunner.run(inputs, options, output, System.out);
    } catch (UncheckedIOException e) {
      throw new InvalidInputException("could not write the report under --output " + output + " ("
          + e.getCause().getMessage() + "); choose a writable folder.", e);
    }
    return ExitCodes.OK;
  }

  /** Converts a {@code --layout} value, listing the valid ones when it names none. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      try {
        return Layout.fromOptionValue(value);
      } catch (InvalidInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
