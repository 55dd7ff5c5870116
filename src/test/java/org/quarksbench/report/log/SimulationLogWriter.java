package org.quarksbench.report.log;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a binary simulation.log in Gatling 3.16.0's layout, for tests and benchmarks that need logs with chosen
 * samples (the committed logs from real runs cover what Gatling itself writes).
 *
 * <p>Strings are written as Gatling's writer does: Latin-1 bytes and coder 0 when every character fits, else
 * UTF-16LE and coder 1. Request names, groups and messages go through one string cache.
 */
public final class SimulationLogWriter implements AutoCloseable {
  private final DataOutputStream out;
  private final Map<String, Integer> cache = new HashMap<>();

  public SimulationLogWriter(Path file) throws IOException {
    this(Files.newOutputStream(file));
  }

  public SimulationLogWriter(OutputStream stream) {
    this.out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
  }

  public SimulationLogWriter run(String version, String simulationClass, long startEpochMillis, List<String> scenarios)
      throws IOException {
    out.writeByte(0);
    writeString(version);
    writeString(simulationClass);
    out.writeLong(startEpochMillis);
    writeString("");
    out.writeInt(scenarios.size());
    for (String scenario : scenarios) {
      writeString(scenario);
    }
    out.writeInt(0);
    return this;
  }

  public SimulationLogWriter user(int scenarioIndex, boolean start, int offsetMillis) throws IOException {
    out.writeByte(2);
    out.writeInt(scenarioIndex);
    out.writeBoolean(start);
    out.writeInt(offsetMillis);
    return this;
  }

  public SimulationLogWriter request(
      List<String> groups, String name, int startOffsetMillis, int endOffsetMillis, boolean ok, String message)
      throws IOException {
    out.writeByte(1);
    out.writeInt(groups.size());
    for (String group : groups) {
      writeCachedString(group);
    }
    writeCachedString(name);
    out.writeInt(startOffsetMillis);
    out.writeInt(endOffsetMillis);
    out.writeBoolean(ok);
    writeCachedString(message);
    return this;
  }

  public SimulationLogWriter group(List<String> groups, int startOffsetMillis, int endOffsetMillis, int cumulatedMillis,
      boolean ok) throws IOException {
    out.writeByte(3);
    out.writeInt(groups.size());
    for (String group : groups) {
      writeCachedString(group);
    }
    out.writeInt(startOffsetMillis);
    out.writeInt(endOffsetMillis);
    out.writeInt(cumulatedMillis);
    out.writeBoolean(ok);
    return this;
  }

  public SimulationLogWriter error(String message, int offsetMillis) throws IOException {
    out.writeByte(4);
    writeCachedString(message);
    out.writeInt(offsetMillis);
    return this;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void writeCachedString(String value) throws IOException {
    Integer index = cache.get(value);
    if (index != null) {
      out.writeInt(-index);
      return;
    }
    int newIndex = cache.size() + 1;
    cache.put(value, newIndex);
    out.writeInt(newIndex);
    writeString(value);
  }

  private void writeString(String value) throws IOException {
    if (value.isEmpty()) {
      out.writeInt(0);
      return;
    }
    boolean latin1 = value.chars().allMatch(c -> c <= 0xff);
    byte[] bytes = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16LE);
    out.writeInt(bytes.length);
    out.write(bytes);
    out.writeByte(latin1 ? 0 : 1);
  }
}
