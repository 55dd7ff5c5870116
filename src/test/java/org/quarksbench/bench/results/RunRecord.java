package org.quarksbench.bench.results;

import java.nio.file.Path;
import java.util.Map;

/**
 * One line of {@code runs.tsv}: a measured command of the benchmark suite and the folder of its raw
 * outputs.
 *
 * @param kind the tool whose output the folder holds: {@code wrk}, {@code gatling}, {@code locust},
 *     {@code mvn}, {@code custom}, or {@code skipped} for a case that did not run
 * @param repeat the repeat label, a number or, for connection sweeps, {@code c<connections>-<n>}
 * @param parameters the run's settings, such as {@code runSeconds} and {@code connections}
 * @param command the command line as shown in the doc
 */
public record RunRecord(
    String section,
    String caseName,
    String repeat,
    String kind,
    Path directory,
    Map<String, String> parameters,
    String command) {

  /** Returns the parameter {@code name} as a number, or {@code defaultValue} when it is absent. */
  public double number(String name, double defaultValue) {
    String value = parameters.get(name);
    return value == null ? defaultValue : Double.parseDouble(value);
  }

  public boolean skipped() {
    return kind.equals("skipped");
  }
}
