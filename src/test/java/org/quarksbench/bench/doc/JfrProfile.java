package org.quarksbench.bench.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summary of a Java Flight Recorder file: how the {@code jdk.ExecutionSample} events (threads running
 * Java code, sampled every 10 ms with the {@code profile} settings of JDK 17) divide over code areas and
 * top methods. Threads in native code (epoll waits, socket reads and writes) appear only as
 * {@code jdk.NativeMethodSample} events, which are counted but not divided, so the shares are shares of
 * the JVM's time in Java code. The recording covers the whole JVM, start and report included.
 */
record JfrProfile(
    int samples, int nativeSamples, Map<String, Integer> samplesByArea, Map<String, Integer> samplesByTopMethod) {
  /** Code areas by package prefix, matched in this order; the first match wins. */
  private static final List<String[]> AREAS = List.of(
      new String[] {"io.netty.", "Netty (HTTP client, event loops)"},
      new String[] {"io.gatling.core.stats", "Gatling statistics and simulation.log writer"},
      new String[] {"io.gatling.http", "Gatling HTTP (requests, checks, connection pool)"},
      new String[] {"io.gatling.", "Gatling core (actors, sessions, scheduling)"},
      new String[] {"scala.", "Scala runtime and collections"},
      new String[] {"java.", "JDK (java.*)"},
      new String[] {"jdk.", "JDK (jdk.*)"},
      new String[] {"sun.", "JDK (sun.*)"});

  /** Reads the recording and counts the execution samples by area and by top method. */
  static JfrProfile read(Path recording) throws IOException {
    int samples = 0;
    int nativeSamples = 0;
    Map<String, Integer> byArea = new LinkedHashMap<>();
    Map<String, Integer> byMethod = new TreeMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String eventName = event.getEventType().getName();
      if (eventName.equals("jdk.NativeMethodSample")) {
        nativeSamples++;
        continue;
      }
      if (!eventName.equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      RecordedFrame top = stack.getFrames().get(0);
      String type = top.getMethod().getType().getName();
      byArea.merge(areaOf(type), 1, Integer::sum);
      byMethod.merge(type + "." + top.getMethod().getName(), 1, Integer::sum);
    }
    return new JfrProfile(samples, nativeSamples, byArea, byMethod);
  }

  static String areaOf(String typeName) {
    for (String[] area : AREAS) {
      if (typeName.startsWith(area[0])) {
        return area[1];
      }
    }
    return "other";
  }

  /** Renders the areas and the {@code topMethods} hottest methods as two Markdown tables. */
  String render(int topMethods) {
    MarkdownTable areas = new MarkdownTable("Code area (top frame)", "Samples", "Share");
    samplesByArea.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> areas.row(entry.getKey(), Integer.toString(entry.getValue()), share(entry.getValue())));
    MarkdownTable methods = new MarkdownTable("Method (top frame)", "Samples", "Share");
    samplesByTopMethod.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(topMethods)
        .forEach(entry -> methods.row("`" + entry.getKey() + "`", Integer.toString(entry.getValue()), share(entry.getValue())));
    return areas.render() + "\n" + methods.render();
  }

  private String share(int count) {
    return Figures.number(100.0 * count / samples, 1) + " %";
  }
}
