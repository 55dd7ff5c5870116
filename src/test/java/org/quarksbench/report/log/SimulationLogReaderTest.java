package org.quarksbench.report.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarksbench.InvalidInputException;
import org.quarksbench.report.TestLogs;

class SimulationLogReaderTest {
  @TempDir Path folder;

  @Test
  void readsRunRecordOfRealLog() {
    Recorder recorder = new Recorder();
    SimulationLogReader.read(TestLogs.log("failure-mix"), recorder);

    RunRecord run = recorder.runs.get(0);
    assertEquals("3.16.0", run.gatlingVersion());
    assertEquals("org.quarksbench.report.fixtures.FailureMixSimulation", run.simulationClass());
    assertEquals(List.of("failure-mix"), run.scenarios());
    assertTrue(run.startEpochMillis() > 1_700_000_000_000L, "start is epoch ms: " + run.startEpochMillis());
  }

  @Test
  void readsEveryRecordOfRealLog() {
    Recorder recorder = new Recorder();
    ReadResult result = SimulationLogReader.read(TestLogs.log("failure-mix"), recorder);

    assertFalse(result.truncated());
    assertEquals(24, recorder.requests.size(), "requests");
    assertEquals(4, recorder.users.size(), "user records");
    assertEquals(2, recorder.users.stream().filter(UserRecord::start).count(), "user starts");
    assertEquals(2, recorder.errors.size(), "ERROR records");
    assertEquals(2, recorder.groups.size(), "GROUP records");
    assertEquals(1 + 24 + 4 + 2 + 2, result.records(), "records with RUN");
  }

  @Test
  void decodesNamesMessagesAndGroups() {
    Recorder recorder = new Recorder();
    SimulationLogReader.read(TestLogs.log("failure-mix"), recorder);

    assertEquals(2, count(recorder, "GET /readMessage \u2713"), "UTF-16 name");
    assertEquals(6, count(recorder, "GET /readMessage"), "Latin-1 name");
    assertEquals(List.of("g"), recorder.requests.stream()
        .filter(request -> request.name().equals("GET /inGroup")).findFirst().orElseThrow().groups());
    assertEquals("GET /elFail: No attribute named 'missing' is defined ", recorder.errors.get(0).message());
    assertTrue(recorder.requests.stream().anyMatch(request ->
        request.message().equals("status.find.in([200, 209], 304), found 500") && !request.ok()));
    assertTrue(recorder.requests.stream().anyMatch(request ->
        request.message().equals("i.g.h.c.i.PrematureCloseException: Premature close")));
    assertTrue(recorder.requests.stream().anyMatch(request -> request.message().startsWith("Request timeout to ")
        && request.responseTimeMillis() >= 1000));
  }

  @Test
  void truncatedLogStopsAtLastCompleteRecord() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("failure-mix"));
    Path cut = folder.resolve("simulation.log");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 3));

    Recorder recorder = new Recorder();
    ReadResult result = SimulationLogReader.read(cut, recorder);

    Recorder whole = new Recorder();
    ReadResult complete = SimulationLogReader.read(TestLogs.log("failure-mix"), whole);
    assertTrue(result.truncated());
    assertEquals(complete.records() - 1, result.records(), "records before the cut");
    long lastRecordStart = result.truncatedAtOffset().getAsLong();
    assertTrue(lastRecordStart > bytes.length - 40, "offset of the incomplete record: " + lastRecordStart);
    assertTrue(lastRecordStart < bytes.length - 3, "offset of the incomplete record: " + lastRecordStart);
  }

  @Test
  void everyCutIsReadOrRejected() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("two-scenarios"));
    long allRecords = SimulationLogReader.read(TestLogs.log("two-scenarios"), new Recorder()).records();
    Path cut = folder.resolve("simulation.log");
    int runRecordEnd = -1;
    for (int length = bytes.length - 1; length > 0; length--) {
      Files.write(cut, Arrays.copyOf(bytes, length));
      try {
        ReadResult result = SimulationLogReader.read(cut, new Recorder());
        if (!result.truncated()) {
          assertTrue(result.records() < allRecords, "a cut on a record boundary loses records, length " + length);
        }
        runRecordEnd = length;
      } catch (InvalidInputException e) {
        assertTrue(e.getMessage().contains("RUN record"), "length " + length + ": " + e.getMessage());
      }
    }
    assertTrue(runRecordEnd > 0, "shortest readable prefix: " + runRecordEnd);
    assertTrue(runRecordEnd < 120, "shortest readable prefix: " + runRecordEnd);
  }

  @Test
  void unknownRecordTypeIsRejectedWithOffset() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("failure-mix"));
    int offset = firstUserRecordOffset(bytes);
    bytes[offset] = 9;
    Path corrupt = folder.resolve("simulation.log");
    Files.write(corrupt, bytes);

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(corrupt, new Recorder()));

    assertTrue(error.getMessage().contains(corrupt.toString()), error.getMessage());
    assertTrue(error.getMessage().contains("byte offset " + offset), error.getMessage());
    assertTrue(error.getMessage().contains("unknown record type 9"), error.getMessage());
  }

  @Test
  void unsupportedVersionIsRejected() throws IOException {
    byte[] bytes = Files.readAllBytes(TestLogs.log("failure-mix"));
    String text = new String(bytes, StandardCharsets.ISO_8859_1).replaceFirst("3\\.16\\.0", "3.17.0");
    Path other = folder.resolve("simulation.log");
    Files.write(other, text.getBytes(StandardCharsets.ISO_8859_1));

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(other, new Recorder()));

    assertTrue(error.getMessage().contains("Gatling 3.17.0"), error.getMessage());
    assertTrue(error.getMessage().contains("3.13.1 to 3.16.0"), error.getMessage());
  }

  @Test
  void textLogOfOldGatlingIsRejected() throws IOException {
    Path text = folder.resolve("simulation.log");
    Files.writeString(text, "RUN\tdemo.Simulation\tdemo\t1640340930123\t \t3.9.5\n");

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(text, new Recorder()));

    assertTrue(error.getMessage().contains("Gatling 3.12 and older"), error.getMessage());
  }

  @Test
  void unknownFirstByteIsShownUnsigned() throws IOException {
    Path binary = folder.resolve("simulation.log");
    Files.write(binary, new byte[] {(byte) 0xC9, 1, 2, 3});

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(binary, new Recorder()));

    assertTrue(error.getMessage().contains("the first byte is 201,"), error.getMessage());
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path empty = Files.createFile(folder.resolve("simulation.log"));

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(empty, new Recorder()));

    assertTrue(error.getMessage().contains("the file is empty"), error.getMessage());
  }

  @Test
  void missingFileIsRejected() {
    Path missing = folder.resolve("nothing.log");

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(missing, new Recorder()));

    assertTrue(error.getMessage().contains("file not found"), error.getMessage());
  }

  @Test
  void unknownCacheIndexIsRejected() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "demo.Simulation", 1_000_000L, List.of("s"));
    }
    byte[] run = Files.readAllBytes(log);
    byte[] withRequest = Arrays.copyOf(run, run.length + 9);
    int at = run.length;
    withRequest[at] = 1;
    withRequest[at + 5] = (byte) 0xff;
    withRequest[at + 6] = (byte) 0xff;
    withRequest[at + 7] = (byte) 0xff;
    withRequest[at + 8] = (byte) 0xf9;
    Files.write(log, withRequest);

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(log, new Recorder()));

    assertTrue(error.getMessage().contains("string cache index -7"), error.getMessage());
  }

  @Test
  void requestEndingBeforeStartIsRejected() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "demo.Simulation", 1_000_000L, List.of("s"));
      writer.request(List.of(), "GET /a", 50, 40, true, "");
    }

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(log, new Recorder()));

    assertTrue(error.getMessage().contains("ends at 40 ms, before its start at 50 ms"), error.getMessage());
  }

  @Test
  void overlongRequestIsRejected() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.16.0", "demo.Simulation", 1_000_000L, List.of("s"));
      writer.request(List.of(), "GET /a", Integer.MIN_VALUE, Integer.MAX_VALUE, true, "");
    }

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> SimulationLogReader.read(log, new Recorder()));

    assertTrue(error.getMessage().contains("lasts from -2147483648 to 2147483647 ms"), error.getMessage());
  }

  @Test
  void lineBreaksInNamesBecomeSpaces() throws IOException {
    Path log = folder.resolve("simulation.log");
    try (SimulationLogWriter writer = new SimulationLogWriter(log)) {
      writer.run("3.13.1", "demo.Simulation", 1_000_000L, List.of("s"));
      writer.request(List.of(), "GET /a\nb\tc", 10, 20, true, "");
    }
    Recorder recorder = new Recorder();

    SimulationLogReader.read(log, recorder);

    assertEquals("GET /a b c", recorder.requests.get(0).name());
  }

  private static long count(Recorder recorder, String name) {
    return recorder.requests.stream().filter(request -> request.name().equals(name)).count();
  }

  /** Returns the offset of the first USER record: header 2, scenario index 0, start flag 1, after a 0 byte. */
  private static int firstUserRecordOffset(byte[] bytes) {
    for (int i = 1; i < bytes.length - 9; i++) {
      if (bytes[i] == 2 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] == 0 && bytes[i + 4] == 0
          && bytes[i + 5] == 1 && bytes[i - 1] == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no USER record found");
  }

  /** Keeps every record it receives. */
  static final class Recorder implements LogRecordVisitor {
    final List<RunRecord> runs = new ArrayList<>();
    final List<RequestRecord> requests = new ArrayList<>();
    final List<UserRecord> users = new ArrayList<>();
    final List<ErrorRecord> errors = new ArrayList<>();
    final List<GroupRecord> groups = new ArrayList<>();

    @Override
    public void onRun(RunRecord run) {
      runs.add(run);
    }

    @Override
    public void onRequest(RequestRecord request) {
      requests.add(request);
    }

    @Override
    public void onUser(UserRecord user) {
      users.add(user);
    }

    @Override
    public void onError(ErrorRecord error) {
      errors.add(error);
    }

    @Override
    public void onGroup(GroupRecord group) {
      groups.add(group);
    }
  }
}
