package org.quarksbench.report.log;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Outcome of {@link SimulationLogReader#read} on one file.
 *
 * @param file the file read
 * @param run its RUN record
 * @param records records delivered to the visitor, RUN included
 * @param truncatedAtOffset byte offset of the incomplete last record when the file ends inside a record
 *     (a killed run), empty when the file ends cleanly
 */
public record ReadResult(Path file, RunRecord run, long records, OptionalLong truncatedAtOffset) {
  public boolean truncated() {
    return truncatedAtOffset.isPresent();
  }
}
