package org.quarksbench.compare.input;

import java.nio.file.Path;
import org.quarksbench.InvalidInputException;

/** Reads a Gatling results folder or simulation.log through the report command's statistics. */
final class GatlingResultsReader {
  private GatlingResultsReader() {}

  static LoadedReport read(Path input) {
    // TODO: read through the report facade once the report branch is merged.
    throw new InvalidInputException("reading Gatling results is not available in this build: " + input);
  }
}
