package org.quarksbench.compare.gate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quarksbench.InvalidInputException;

/**
 * Applies threshold settings from a properties file and from {@code --threshold KEY=VALUE} options.
 *
 * <p>Each key is {@code <metric>.<setting>}: the metric is one of {@link Metric#key()} and the setting is
 * {@code relative-percent} (a number, the allowed worsening in percent of the baseline), {@code floor} (a
 * number in the metric's own unit) or {@code check} ({@code true} or {@code false}). Example:
 * {@code p95.relative-percent=10}. Settings not given keep their defaults.
 */
public final class ThresholdsParser {
  private static final String RELATIVE_PERCENT = "relative-percent";
  private static final String FLOOR = "floor";
  private static final String CHECK = "check";

  private ThresholdsParser() {}

  /** Applies every key of a properties file to {@code thresholds}; the file's name appears in every error. */
  public static Thresholds applyFile(Thresholds thresholds, Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("thresholds file not found: " + file + ". Check the --thresholds path.");
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(
          "failed to read thresholds file " + file + ": " + e.getMessage() + ". It must be a Java properties file.");
    }
    Thresholds result = thresholds;
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      result = applySetting(result, key, properties.getProperty(key), "in thresholds file " + file);
    }
    return result;
  }

  /** Applies one {@code KEY=VALUE} option value. */
  public static Thresholds applyOption(Thresholds thresholds, String option) {
    int equals = option.indexOf('=');
    if (equals < 0) {
      throw new InvalidInputException(
          "invalid --threshold '" + option + "': expected KEY=VALUE, for example p95.relative-percent=10.");
    }
    return applySetting(
        thresholds, option.substring(0, equals).trim(), option.substring(equals + 1).trim(), "in --threshold");
  }

  private static Thresholds applySetting(Thresholds thresholds, String key, String value, String where) {
    int dot = key.lastIndexOf('.');
    Metric metric = dot < 0 ? null : Metric.fromKey(key.substring(0, dot));
    if (metric == null) {
      throw new InvalidInputException(
          "unknown threshold key '" + key + "' " + where + ": the part before the dot must be one of "
              + metricKeys() + ", for example p95.floor=25.");
    }
    String setting = key.substring(dot + 1).toLowerCase(Locale.ROOT);
    Threshold current = thresholds.of(metric);
    Threshold updated = switch (setting) {
      case RELATIVE_PERCENT -> current.withRelativePercent(parseNonNegative(key, value, where));
      case FLOOR -> current.withFloor(parseNonNegative(key, value, where));
      case CHECK -> current.withChecked(parseBoolean(key, value, where));
      default -> throw new InvalidInputException(
          "unknown threshold setting '" + setting + "' in key '" + key + "' " + where + ": use "
              + RELATIVE_PERCENT + ", " + FLOOR + " or " + CHECK + ".");
    };
    return thresholds.with(metric, updated);
  }

  private static double parseNonNegative(String key, String value, String where) {
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      number = Double.NaN;
    }
    if (!Double.isFinite(number) || number < 0) {
      throw new InvalidInputException(
          "invalid value '" + value + "' for threshold " + key + " " + where + ": expected a number >= 0.");
    }
    return number;
  }

  private static boolean parseBoolean(String key, String value, String where) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new InvalidInputException(
        "invalid value '" + value + "' for threshold " + key + " " + where + ": expected true or false.");
  }

  private static String metricKeys() {
    return Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", "));
  }
}
