package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarksbench.InvalidInputException;
import org.quarksbench.cli.ExitCodes;

/**
 * Regenerates the generated regions of docs/benchmarks.md from the raw outputs of one run of
 * {@code bin/benchmarks}.
 *
 * <p>Usage: {@code BenchmarkDocGenerator RESULTS_FOLDER DOC_FILE}. Only the regions of sections that the
 * run measured are replaced, so a run of some sections keeps the others' figures, and text outside the
 * regions (such as sections written by other benchmarks, or the analysis) stays as it is.
 */
public final class BenchmarkDocGenerator {
  static final List<DocSection> SECTIONS = List.of(
      new MachineSection(), new SummarySection(), new CapacitySection(), new ManyUsersSection(), new ServersSection(),
      new ReportSection(), new OverheadSection(), new TruthSection());

  private static final String NEW_DOC_HEADER = """
      # Benchmarks

      How quarks-bench's Gatling engine compares with wrk and Locust on this machine, how the reference
      servers compare with nginx, and whether the reported percentiles are true. `bin/benchmarks` (about
      25 minutes; `--quick` about 6) measures everything side by side on 127.0.0.1 and rewrites the
      regions between `BEGIN GENERATED` and `END GENERATED` markers. Text outside them is kept.

      """;

  private BenchmarkDocGenerator() {}

  public static void main(String[] args) {
    try {
      if (args.length != 2) {
        throw new InvalidInputException(
            "expected 2 arguments, RESULTS_FOLDER and DOC_FILE, but got " + args.length
                + ": e.g. target/benchmarks/20261204T210000Z docs/benchmarks.md");
      }
      Path written = generate(Path.of(args[0]), Path.of(args[1]));
      System.out.println("wrote " + written);
    } catch (InvalidInputException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(ExitCodes.BAD_INPUT);
    } catch (IOException e) {
      System.err.println("error: " + e);
      System.exit(ExitCodes.INTERNAL_ERROR);
    }
  }

  /** Regenerates {@code doc} from the results folder and returns its path. */
  public static Path generate(Path resultsDirectory, Path doc) throws IOException {
    if (!Files.isDirectory(resultsDirectory)) {
      throw new InvalidInputException(
          "results folder '" + resultsDirectory + "' not found: pass a folder that bin/benchmarks wrote,"
              + " under target/benchmarks/");
    }
    SuiteResults results = SuiteResults.read(resultsDirectory);
    String document = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : NEW_DOC_HEADER;
    Files.writeString(doc, render(document, results), StandardCharsets.UTF_8);
    return doc;
  }

  /** Returns {@code document} with the regions of the sections that {@code results} measured replaced. */
  static String render(String document, SuiteResults results) {
    Map<String, String> contents = new LinkedHashMap<>();
    for (DocSection section : SECTIONS) {
      boolean alwaysRendered = section.id().equals("machine") || section.id().equals("summary");
      if (alwaysRendered || results.ran(section.id())) {
        contents.put(section.id(), section.render(results));
      }
    }
    List<String> order = SECTIONS.stream().map(DocSection::id).toList();
    return GeneratedRegions.update(document, order, contents);
  }
}
