package org.quarksbench.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarksbench.InvalidInputException;

class TagSelectionTest {
  @Test
  void noTagsRunsBothScenariosWithBothTasks() {
    TagSelection selection = TagSelection.parse(null, "");

    assertEquals(List.of(ScenarioKind.CENTRALIZED, ScenarioKind.QUARKS), selection.scenarios());
    assertEquals(List.of(TaskKind.SEND, TaskKind.READ), selection.tasks(ScenarioKind.CENTRALIZED));
    assertEquals(List.of(TaskKind.SEND, TaskKind.READ), selection.tasks(ScenarioKind.QUARKS));
  }

  @Test
  void scenarioTagSelectsOneScenario() {
    TagSelection selection = TagSelection.parse("quarks", null);

    assertEquals(List.of(ScenarioKind.QUARKS), selection.scenarios());
    assertEquals(List.of(), selection.tasks(ScenarioKind.CENTRALIZED));
  }

  @Test
  void taskTagSelectsThatTaskInBothScenarios() {
    TagSelection selection = TagSelection.parse("send", null);

    assertEquals(List.of(TaskKind.SEND), selection.tasks(ScenarioKind.CENTRALIZED));
    assertEquals(List.of(TaskKind.SEND), selection.tasks(ScenarioKind.QUARKS));
  }

  @Test
  void tagsKeepTasksCarryingAnyListedTag() {
    TagSelection selection = TagSelection.parse("centralized, send", null);

    assertEquals(List.of(TaskKind.SEND, TaskKind.READ), selection.tasks(ScenarioKind.CENTRALIZED));
    assertEquals(List.of(TaskKind.SEND), selection.tasks(ScenarioKind.QUARKS));
  }

  @Test
  void excludeTagsDropTasksAfterSelection() {
    TagSelection selection = TagSelection.parse("quarks", "read");

    assertEquals(List.of(ScenarioKind.QUARKS), selection.scenarios());
    assertEquals(List.of(TaskKind.SEND), selection.tasks(ScenarioKind.QUARKS));
  }

  @Test
  void excludeTagsAloneDropOneScenario() {
    TagSelection selection = TagSelection.parse(null, "CENTRALIZED");

    assertEquals(List.of(ScenarioKind.QUARKS), selection.scenarios());
  }

  @Test
  void unknownTagNamesOptionValueAndValidTags() {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> TagSelection.parse("quark", null));

    assertTrue(error.getMessage().contains("'quark'"), error.getMessage());
    assertTrue(error.getMessage().contains("tags=quark"), error.getMessage());
    assertTrue(error.getMessage().contains("centralized, quarks, read, send"), error.getMessage());
  }

  @Test
  void selectionOfNothingIsRejected() {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> TagSelection.parse("quarks", "quarks"));

    assertTrue(error.getMessage().contains("No task is selected"), error.getMessage());
    assertTrue(error.getMessage().contains("excludeTags=quarks"), error.getMessage());
  }
}
