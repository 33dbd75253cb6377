package dev.accord.cli;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the queue's statuses and types are written on the command line: {@code in_progress}. */
final class QueueWords {

  private QueueWords() {}

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static QueueStatus status(String text) {
    return parse(QueueStatus.class, text, "status");
  }

  static ExceptionType type(String text) {
    return parse(ExceptionType.class, text, "exception type");
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String text, String noun) {
    String written = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(kind.getEnumConstants())
        .filter(constant -> word(constant).equals(written))
        .findFirst()
        .orElseThrow(() ->
            new UserError(
                "`" + text + "` is not a " + noun,
                "use one of: "
                    + Arrays.stream(kind.getEnumConstants())
                        .map(QueueWords::word)
                        .collect(Collectors.joining(", "))));
  }
}
