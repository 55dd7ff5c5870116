package org.quarksbench.report.log;

/** The Gatling versions whose binary simulation.log layout {@link SimulationLogReader} decodes. */
final class GatlingVersion {
  /** Oldest version read: 3.13.0 wrote assertions without Gatling's own serializer, which 3.13.1 fixed. */
  static final String OLDEST_SUPPORTED = "3.13.1";
  /** Newest version read: the record layout was checked unchanged from 3.13.1 to 3.16.0. */
  static final String NEWEST_SUPPORTED = "3.16.0";

  private GatlingVersion() {}

  /** Returns true for a release version from 3.13.1 to 3.16.0, both included. */
  static boolean isSupported(String version) {
    int[] parts = parse(version);
    if (parts == null) {
      return false;
    }
    return compare(parts, parse(OLDEST_SUPPORTED)) >= 0 && compare(parts, parse(NEWEST_SUPPORTED)) <= 0;
  }

  private static int[] parse(String version) {
    String[] fields = version.split("\\.", -1);
    if (fields.length != 3) {
      return null;
    }
    int[] parts = new int[3];
    for (int i = 0; i < 3; i++) {
      if (!fields[i].matches("[0-9]{1,4}")) {
        return null;
      }
      parts[i] = Integer.parseInt(fields[i]);
    }
    return parts;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
