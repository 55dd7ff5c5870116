package org.quarksbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.ComparisonReport;
import org.quarksbench.compare.ScenarioPairing;
import org.quarksbench.compare.gate.NameMapping;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.compare.gate.ReportComparator;
import org.quarksbench.compare.gate.ScenarioComparison;
import org.quarksbench.compare.gate.Thresholds;
import org.quarksbench.compare.gate.ThresholdsParser;
import org.quarksbench.compare.input.InputFormat;
import org.quarksbench.compare.input.LoadedReport;
import org.quarksbench.compare.input.ReportLoader;
import org.quarksbench.compare.output.HtmlReportWriter;
import org.quarksbench.compare.output.JsonReportWriter;
import org.quarksbench.compare.output.JunitReportWriter;
import org.quarksbench.compare.output.MarkdownReportWriter;
import org.quarksbench.compare.output.TextReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code compare} command: puts two reports side by side and fails on a regression beyond thresholds. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares a candidate report with a baseline, endpoint by endpoint, and exits with 3 when a checked"
          + " metric worsened beyond its threshold.",
      "Each input is a file or folder: a quarks-bench summary.json or report.txt, a Locust console capture"
          + " (Locust 1.x-2.8 or 2.9+ layout), a Locust stats CSV (PREFIX_stats.csv or requests_<ts>.csv),"
          + " a quarks-bench run folder, a folder of Locust CSV files, or a Gatling results folder or"
          + " simulation.log."
    },
    footer = {
      "",
      "Exit codes: 0 every checked metric within its threshold, 1 internal error, 2 invalid input or usage,"
          + " 3 regression found.",
      "Thresholds, defaults and output formats: docs/compare.md."
    })
public final class CompareCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(CompareCommand.class);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE", description = "The reference report (file or folder).")
  Path baseline;

  @Parameters(index = "1", paramLabel = "CANDIDATE", description = "The report checked against it.")
  Path candidate;

  @Option(names = "--format", paramLabel = "KIND",
      description = "Kind of both inputs: auto (default), json, text, csv or gatling.")
  String format = "auto";

  @Option(names = "--baseline-format", paramLabel = "KIND", description = "Kind of the baseline only.")
  String baselineFormat;

  @Option(names = "--candidate-format", paramLabel = "KIND", description = "Kind of the candidate only.")
  String candidateFormat;

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "Scenario to compare when an input contains several; default: pair scenarios by name.")
  String scenario;

  @Option(names = "--map", paramLabel = "BASELINE=CANDIDATE",
      description = "Pairs two differently named endpoints, e.g. \"POST /readMessage=GET /readMessage\"."
          + " Repeatable.")
  List<String> mappings = new ArrayList<>();

  @Option(names = "--thresholds", paramLabel = "FILE",
      description = "Properties file of thresholds, keys like p95.relative-percent=20 (see docs/compare.md).")
  Path thresholdsFile;

  @Option(names = "--threshold", paramLabel = "KEY=VALUE",
      description = "One threshold setting, applied after --thresholds, e.g. p95.floor=25. Repeatable.")
  List<String> thresholdOptions = new ArrayList<>();

  @Option(names = "--require-all-endpoints",
      description = "Count an endpoint of the baseline that the candidate lacks as a regression.")
  boolean requireAllEndpoints;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the comparison as Markdown.")
  Path markdownFile;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON.")
  Path jsonFile;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "Also write JUnit XML: one test case per endpoint and checked metric.")
  Path junitFile;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write a self-contained HTML page with percentile charts.")
  Path htmlFile;

  @Override
  public Integer call() throws IOException, XMLStreamException {
    Thresholds thresholds = thresholds();
    List<NameMapping> nameMappings = mappings.stream().map(NameMapping::parse).toList();
    InputFormat commonFormat = InputFormat.parseOption(format);
    InputFormat baselineKind = baselineFormat == null ? commonFormat : InputFormat.parseOption(baselineFormat);
    InputFormat candidateKind = candidateFormat == null ? commonFormat : InputFormat.parseOption(candidateFormat);

    LoadedReport baselineReport = ReportLoader.load(baseline, baselineKind, "baseline");
    LoadedReport candidateReport = ReportLoader.load(candidate, candidateKind, "candidate");
    log.debug("Loaded baseline {} as {} and candidate {} as {}", baselineReport.source(), baselineReport.format(),
        candidateReport.source(), candidateReport.format());

    ComparisonReport report = compare(baselineReport, candidateReport, thresholds, nameMappings);
    writeFiles(report);
    PrintWriter out = spec.commandLine().getOut();
    TextReportWriter.write(report, out);
    return report.hasRegression() ? ExitCodes.REGRESSION : ExitCodes.OK;
  }

  private ComparisonReport compare(LoadedReport baselineReport, LoadedReport candidateReport, Thresholds thresholds,
      List<NameMapping> nameMappings) {
    ReportComparator comparator = new ReportComparator(thresholds, nameMappings, requireAllEndpoints);
    Precision precision = Precision.coarser(baselineReport.precision(), candidateReport.precision());
    List<ScenarioComparison> scenarios = new ArrayList<>();
    Set<NameMapping> usedMappings = new LinkedHashSet<>();
    for (ScenarioPairing.Pair pair : ScenarioPairing.pair(baselineReport, candidateReport, scenario)) {
      usedMappings.addAll(comparator.applicableMappings(pair.baseline(), pair.candidate()));
      scenarios.add(comparator.compare(pair.baseline(), pair.candidate(), precision));
    }
    for (NameMapping mapping : nameMappings) {
      if (!usedMappings.contains(mapping)) {
        throw new InvalidInputException("--map " + mapping.baselineLabel() + "=" + mapping.candidateLabel()
            + ": the baseline has no endpoint '" + mapping.baselineLabel() + "' or the candidate has no endpoint '"
            + mapping.candidateLabel() + "'. Endpoints are written as the tables show them, e.g. 'POST /readMessage'.");
      }
    }
    List<String> warnings = new ArrayList<>(baselineReport.warnings());
    warnings.addAll(candidateReport.warnings());
    return new ComparisonReport(
        baselineReport.source().toString(), describe(baselineReport),
        candidateReport.source().toString(), describe(candidateReport),
        thresholds, scenarios, warnings);
  }

  private Thresholds thresholds() {
    Thresholds thresholds = Thresholds.defaults();
    if (thresholdsFile != null) {
      thresholds = ThresholdsParser.applyFile(thresholds, thresholdsFile);
    }
    for (String option : thresholdOptions) {
      thresholds = ThresholdsParser.applyOption(thresholds, option);
    }
    return thresholds;
  }

  private void writeFiles(ComparisonReport report) throws IOException, XMLStreamException {
    if (markdownFile != null) {
      try (PrintWriter out = new PrintWriter(open(markdownFile, "--markdown"))) {
        MarkdownReportWriter.write(report, out);
      }
    }
    if (jsonFile != null) {
      try (Writer out = open(jsonFile, "--json")) {
        JsonReportWriter.write(report, out);
      }
    }
    if (junitFile != null) {
      try (Writer out = open(junitFile, "--junit")) {
        JunitReportWriter.write(report, out);
      }
    }
    if (htmlFile != null) {
      try (PrintWriter out = new PrintWriter(open(htmlFile, "--html"))) {
        HtmlReportWriter.write(report, out);
      }
    }
  }

  /** Opens an output file, creating its folder; a path that cannot be written is the user's input to fix. */
  private static Writer open(Path file, String option) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(
          "failed to write " + option + " file " + file + ": " + e + ". Choose a writable path.", e);
    }
  }

  private static String describe(LoadedReport report) {
    return report.format().optionName() + ", " + (report.precision() == Precision.CONSOLE
        ? "whole numbers as printed" : "exact values");
  }
}
