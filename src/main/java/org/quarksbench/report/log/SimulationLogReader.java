package org.quarksbench.report.log;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.quarksbench.InvalidInputException;

/**
 * Streams the records of a binary simulation.log written by Gatling 3.13.1 to 3.16.0 to a visitor.
 *
 * <p>The layout, identical in those versions: every integer is big-endian. A string is an {@code int} byte
 * length, then (when the length is not 0) the bytes of the JDK's internal array and one coder byte: 0 for
 * ISO-8859-1, 1 for UTF-16 in the writer's native order (little-endian on x86-64 and aarch64). A cached string
 * is an {@code int} index: positive means a string follows and is stored under that index, negative means
 * the string stored earlier under its absolute value. Each record starts with a header byte:
 *
 * <ul>
 *   <li>0 RUN, once and first: version, simulation class, {@code long} start (epoch ms), description,
 *       {@code int} count and scenario names, {@code int} count and assertions ({@code int} length + bytes);
 *   <li>1 REQUEST: {@code int} count and cached group names, cached name, {@code int} start and end offsets,
 *       {@code bool} ok, cached message;
 *   <li>2 USER: {@code int} scenario index, {@code bool} start, {@code int} offset;
 *   <li>3 GROUP: {@code int} count and cached group names, {@code int} start, end and cumulated response time,
 *       {@code bool} ok;
 *   <li>4 ERROR: cached message, {@code int} offset.
 * </ul>
 *
 * <p>Offsets are milliseconds after the RUN start. Line breaks and tabs in names and messages become spaces,
 * as Gatling's own reader does. Memory is bounded by the distinct strings of the log, never by its records.
 * A file that ends inside a record (a killed run) is read up to that record and reported as truncated. Any
 * other defect raises {@link InvalidInputException} naming the file and the byte offset.
 */
public final class SimulationLogReader {
  private static final int RUN = 0;
  private static final int REQUEST = 1;
  private static final int USER = 2;
  private static final int GROUP = 3;
  private static final int ERROR = 4;

  /** Larger than any name or message Gatling writes (KO messages are cut to 200 characters). */
  private static final int MAX_STRING_BYTES = 1 << 20;
  private static final int MAX_GROUP_DEPTH = 1_000;
  private static final int MAX_RUN_VERSION_BYTES = 64;

  private final Path file;
  private final BinaryLogInput input;
  private final List<String> cache = new ArrayList<>();
  private RunRecord run;
  private long recordStart;

  private SimulationLogReader(Path file, InputStream in) {
    this.file = file;
    this.input = new BinaryLogInput(in);
    cache.add(null);
  }

  /**
   * Reads {@code file} to its end and passes each record to {@code visitor}.
   *
   * @throws InvalidInputException if the file is missing, unreadable, from another Gatling version, or corrupt
   */
  public static ReadResult read(Path file, LogRecordVisitor visitor) {
    try (InputStream in = Files.newInputStream(file)) {
      return new SimulationLogReader(file, in).readAll(visitor);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": file not found; pass a Gatling results folder or its simulation.log.");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": could not read the file (" + e.getMessage() + ").", e);
    }
  }

  private ReadResult readAll(LogRecordVisitor visitor) throws IOException {
    if (input.atEnd()) {
      throw invalid(0, "the file is empty; the run wrote no record (did it start?). Pass the log of a run that started.");
    }
    try {
      readRun(visitor);
    } catch (EOFException e) {
      throw invalid(0, "the file ends inside its RUN record, so it contains no data. Pass the log of a run that started.");
    }
    long records = 1;
    while (!input.atEnd()) {
      recordStart = input.position();
      try {
        readRecord(visitor);
      } catch (EOFException e) {
        return new ReadResult(file, run, records, OptionalLong.of(recordStart));
      }
      records++;
    }
    return new ReadResult(file, run, records, OptionalLong.empty());
  }

  private void readRun(LogRecordVisitor visitor) throws IOException {
    int header = input.readByte();
    if (header != RUN) {
      throw invalid(0, notBinaryLogReason(header));
    }
    int versionLength = input.readInt();
    if (versionLength <= 0 || versionLength > MAX_RUN_VERSION_BYTES) {
      throw invalid(1, "the Gatling version field has length " + versionLength + ", so this is not a binary "
          + "simulation.log of Gatling " + GatlingVersion.OLDEST_SUPPORTED + "-" + GatlingVersion.NEWEST_SUPPORTED + ".");
    }
    String version = readStringBody(versionLength);

    if (!GatlingVersion.isSupported(version)) {
      throw invalid(1, "written by Gatling " + version + ", but only logs of Gatling " + GatlingVersion.OLDEST_SUPPORTED
          + " to " + GatlingVersion.NEWEST_SUPPORTED + " can be read (one binary layout). Rerun the simulation with "
          + "Gatling " + GatlingVersion.NEWEST_SUPPORTED + ".");
    }

    String simulationClass = readString();
    long startEpochMillis = input.readLong();
    String description = readString();
    int scenarioCount = input.readInt();
    checkCount(scenarioCount, "scenario count");
    List<String> scenarios = new ArrayList<>(scenarioCount);
    for (int i = 0; i < scenarioCount; i++) {
      scenarios.add(readString());
    }

    int assertionCount = input.readInt();
    checkCount(assertionCount, "assertion count");
    for (int i = 0; i < assertionCount; i++) {
      int length = input.readInt();
      checkLength(length, "assertion length");
      input.skip(length);
    }

    run = new RunRecord(version, simulationClass, startEpochMillis, description, scenarios);
    visitor.onRun(run);
  }

  private void readRecord(LogRecordVisitor visitor) throws IOException {
    int header = input.readByte();
    switch (header) {
      case REQUEST -> visitor.onRequest(readRequest());
      case USER -> visitor.onUser(readUser());
      case GROUP -> visitor.onGroup(readGroup());
      case ERROR -> visitor.onError(new ErrorRecord(readCachedString(), input.readInt()));
      case RUN -> throw invalid(recordStart, "a second RUN record; a simulation.log has exactly one. "
          + "Pass each run's log on its own instead of concatenated files.");
      default -> throw invalid(recordStart, "unknown record type " + header + " (expected 1 to 4). The file is "
          + "damaged or is not a simulation.log; rerun the simulation or pass another log.");
    }
  }

  private RequestRecord readRequest() throws IOException {
    List<String> groups = readGroupPath();
    String name = readCachedString();
    int start = input.readInt();
    int end = input.readInt();
    boolean ok = readBoolean();
    String message = readCachedString();
    if ((long) end - start > Integer.MAX_VALUE) {
      throw invalid(recordStart, "request '" + name + "' lasts from " + start + " to " + end + " ms, longer than "
          + "24.8 days. The file is damaged; rerun the simulation.");
    }
    if (end < start) {
      throw invalid(recordStart, "request '" + name + "' ends at " + end + " ms, before its start at " + start
          + " ms. The file is damaged; rerun the simulation.");
    }
    return new RequestRecord(groups, name, start, end, ok, message);
  }

  private UserRecord readUser() throws IOException {
    int scenarioIndex = input.readInt();
    boolean start = readBoolean();
    int offset = input.readInt();
    if (scenarioIndex < 0 || scenarioIndex >= run.scenarios().size()) {
      throw invalid(recordStart, "user record names scenario index " + scenarioIndex + ", but the RUN record lists "
          + run.scenarios().size() + " scenario(s). The file is damaged; rerun the simulation.");
    }
    return new UserRecord(scenarioIndex, start, offset);
  }

  private GroupRecord readGroup() throws IOException {
    List<String> groups = readGroupPath();
    int start = input.readInt();
    int end = input.readInt();
    int cumulated = input.readInt();
    boolean ok = readBoolean();
    return new GroupRecord(groups, start, end, cumulated, ok);
  }

  private List<String> readGroupPath() throws IOException {
    int depth = input.readInt();
    if (depth < 0 || depth > MAX_GROUP_DEPTH) {
      throw invalid(recordStart, "group depth " + depth + " is out of range 0-" + MAX_GROUP_DEPTH
          + ". The file is damaged; rerun the simulation.");
    }
    if (depth == 0) {
      return List.of();
    }
    List<String> groups = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      groups.add(readCachedString());
    }
    return groups;
  }

  private boolean readBoolean() throws IOException {
    long position = input.position();
    int value = input.readByte();
    if (value != 0 && value != 1) {
      throw invalid(position, "boolean byte " + value + " (expected 0 or 1). The file is damaged; rerun the simulation.");
    }
    return value == 1;
  }

  private String readCachedString() throws IOException {
    long position = input.position();
    int index = input.readInt();
    if (index > 0) {
      String value = readString();
      while (cache.size() <= index) {
        cache.add(null);
      }
      cache.set(index, value);
      return value;
    }
    int key = -index;
    if (index == 0 || key >= cache.size() || cache.get(key) == null) {
      throw invalid(position, "string cache index " + index + " refers to no string read before. "
          + "The file is damaged; rerun the simulation.");
    }
    return cache.get(key);
  }

  private String readString() throws IOException {
    int length = input.readInt();
    checkLength(length, "string length");
    return length == 0 ? "" : readStringBody(length);
  }

  private String readStringBody(int length) throws IOException {
    byte[] bytes = new byte[length];
    input.readFully(bytes, length);
    long coderPosition = input.position();
    int coder = input.readByte();
    String value;
    if (coder == 0) {
      value = new String(bytes, StandardCharsets.ISO_8859_1);
    } else if (coder == 1 && length % 2 == 0) {
      value = new String(bytes, StandardCharsets.UTF_16LE);
    } else {
      throw invalid(coderPosition, "string coder " + coder + " after " + length + " bytes (expected 0 for Latin-1, "
          + "or 1 for UTF-16 after an even length). The file is damaged; rerun the simulation.");
    }
    return sanitize(value);
  }

  private static String sanitize(String value) {
    if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0) {
      return value;
    }
    return value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private void checkLength(int length, String field) {
    if (length < 0 || length > MAX_STRING_BYTES) {
      throw invalid(recordStart, field + " " + length + " is out of range 0-" + MAX_STRING_BYTES
          + ". The file is damaged; rerun the simulation.");
    }
  }

  private void checkCount(int count, String field) {
    if (count < 0 || count > MAX_GROUP_DEPTH * 100) {
      throw invalid(recordStart, field + " " + count + " is out of range. The file is damaged; rerun the simulation.");
    }
  }

  private static String notBinaryLogReason(int header) {
    if (header == 'R' || header == 'A' || header == 'U') {
      return "it starts with text, which is the simulation.log format of Gatling 3.12 and older. Only the binary "
          + "logs of Gatling " + GatlingVersion.OLDEST_SUPPORTED + " to " + GatlingVersion.NEWEST_SUPPORTED
          + " can be read; rerun the simulation with Gatling " + GatlingVersion.NEWEST_SUPPORTED + ".";
    }
    return "the first byte is " + (header & 0xFF) + ", not the RUN record (0) that opens a binary simulation.log of Gatling "
        + GatlingVersion.OLDEST_SUPPORTED + " to " + GatlingVersion.NEWEST_SUPPORTED + ". Pass a simulation.log.";
  }

  private InvalidInputException invalid(long offset, String reason) {
    return new InvalidInputException(file + ": invalid simulation.log at byte offset " + offset + ": " + reason);
  }
}
