package dev.accord.core.scorecard;

import java.util.Objects;

/**
 * One sentence of the story of the numbers, under its topic.
 *
 * @param topic what it is about
 * @param text the sentence
 */
public record StoryLine(Topic topic, String text) {

  /** What a line of the story is about, in the order the story tells them. */
  public enum Topic {
    WATERMELON,
    MOVER,
    BOTTLENECK,
    SLA_HOTSPOT,
    DATA_GAP
  }

  public StoryLine {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
  }
}
