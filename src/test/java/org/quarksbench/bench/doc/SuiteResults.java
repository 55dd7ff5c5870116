package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quarksbench.bench.results.RunManifest;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.RunMeasurements;
import org.quarksbench.bench.results.RunRecord;

/** Everything one run of {@code bin/benchmarks} measured: the machine and the figures of every run. */
public record SuiteResults(Path directory, Map<String, String> machine, List<RunMeasurement> measurements) {

  /** Reads {@code machine.txt} and {@code runs.tsv} from a results folder and measures every run. */
  public static SuiteResults read(Path directory) throws IOException {
    Map<String, String> machine = new LinkedHashMap<>();
    Path machineFile = directory.resolve("machine.txt");
    if (Files.isRegularFile(machineFile)) {
      for (String line : Files.readAllLines(machineFile)) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          machine.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      }
    }
    List<RunRecord> records = RunManifest.read(directory);
    List<RunMeasurement> measurements = records.stream().map(RunMeasurements::measure).toList();
    return new SuiteResults(directory, machine, measurements);
  }

  public boolean ran(String section) {
    return measurements.stream().anyMatch(m -> m.record().section().equals(section));
  }

  public List<RunMeasurement> of(String section) {
    return measurements.stream().filter(m -> m.record().section().equals(section)).toList();
  }

  public List<RunMeasurement> of(String section, String caseName) {
    return measurements.stream()
        .filter(m -> m.record().section().equals(section) && m.record().caseName().equals(caseName))
        .toList();
  }

  /** Returns a machine fact such as {@code nproc}, or "unknown". */
  public String machineFact(String key) {
    return Objects.requireNonNullElse(machine.get(key), "unknown");
  }

  /** Returns the one-line description of when, how and where the figures were measured. */
  public String provenance() {
    return "Measured " + machineFact("date") + " by `bin/benchmarks"
        + ("quick".equals(machine.get("mode")) ? " --quick" : "") + "` (repeats: " + machineFact("repeats")
        + ", many users: " + machineFact("many_users_repeats") + ") on " + machineFact("nproc") + " × " + machineFact("cpu_model") + ", "
        + machineFact("memory") + ", " + machineFact("java") + ", at commit " + machineFact("git_commit") + ".";
  }
}
