package org.quarksbench.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quarksbench.InvalidInputException;

/**
 * The tasks that {@code tags} and {@code excludeTags} keep, by Locust's rule.
 *
 * <p>Each task carries two tags: its scenario ({@code centralized}, {@code quarks}) and its kind
 * ({@code send}, {@code read}). With tags given, a task is kept when it carries at least one of them;
 * then a task carrying any excluded tag is dropped. A scenario runs when at least one of its tasks is kept.
 */
public final class TagSelection {
  private static final Set<String> VALID_TAGS = validTags();

  private final Set<String> tags;
  private final Set<String> excludedTags;
  private final Map<ScenarioKind, List<TaskKind>> selected;

  private TagSelection(Set<String> tags, Set<String> excludedTags) {
    this.tags = tags;
    this.excludedTags = excludedTags;
    this.selected = new EnumMap<>(ScenarioKind.class);
    for (ScenarioKind scenario : ScenarioKind.values()) {
      List<TaskKind> tasks = new ArrayList<>();
      for (TaskKind task : TaskKind.values()) {
        if (keeps(scenario, task)) {
          tasks.add(task);
        }
      }
      if (!tasks.isEmpty()) {
        selected.put(scenario, List.copyOf(tasks));
      }
    }
  }

  /**
   * Parses the two comma lists; a null or blank list means "not given".
   *
   * @throws InvalidInputException for an unknown tag, or when the selection keeps no task
   */
  public static TagSelection parse(String tagList, String excludedTagList) {
    Set<String> tags = parseList("tags", tagList);
    Set<String> excludedTags = parseList("excludeTags", excludedTagList);
    TagSelection selection = new TagSelection(tags, excludedTags);
    if (selection.selected.isEmpty()) {
      throw new InvalidInputException(
          "No task is selected by tags=" + String.join(",", tags)
              + " excludeTags=" + String.join(",", excludedTags)
              + ": keep at least one of the tasks centralized/send, centralized/read, quarks/send, quarks/read"
              + " (e.g. -Dtags=quarks, or -DexcludeTags=read).");
    }
    return selection;
  }

  /** Returns the scenarios that run, in run order (centralized first). */
  public List<ScenarioKind> scenarios() {
    return List.copyOf(selected.keySet());
  }

  /** Returns the tasks kept for a scenario, empty if the scenario does not run. */
  public List<TaskKind> tasks(ScenarioKind scenario) {
    return selected.getOrDefault(scenario, List.of());
  }

  private boolean keeps(ScenarioKind scenario, TaskKind task) {
    Set<String> taskTags = Set.of(scenario.tag(), task.tag());
    boolean included = tags.isEmpty() || taskTags.stream().anyMatch(tags::contains);
    boolean excluded = taskTags.stream().anyMatch(excludedTags::contains);
    return included && !excluded;
  }

  private static Set<String> parseList(String option, String list) {
    Set<String> parsed = new LinkedHashSet<>();
    if (list == null || list.isBlank()) {
      return parsed;
    }
    for (String item : list.split("[,\\s]+")) {
      String tag = item.trim().toLowerCase(Locale.ROOT);
      if (tag.isEmpty()) {
        continue;
      }
      if (!VALID_TAGS.contains(tag)) {
        throw new InvalidInputException(
            "Invalid tag '" + item.trim() + "' in " + option + "=" + list
                + ": valid tags are " + String.join(", ", VALID_TAGS)
                + ", as a comma list (e.g. -D" + option + "=quarks,send).");
      }
      parsed.add(tag);
    }
    return parsed;
  }

  private static Set<String> validTags() {
    Set<String> valid = new TreeSet<>();
    for (ScenarioKind scenario : ScenarioKind.values()) {
      valid.add(scenario.tag());
    }
    for (TaskKind task : TaskKind.values()) {
      valid.add(task.tag());
    }
    return valid;
  }
}
