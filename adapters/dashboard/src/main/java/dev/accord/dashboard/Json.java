package dev.accord.dashboard;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The chart data a page carries, written as JSON that is safe inside a {@code <script
 * type="application/json">} block: maps, lists, text, numbers, booleans and null, with every {@code
 * <}, {@code >} and {@code &} written as a Unicode escape so that no value can close the block or
 * open markup.
 */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(text, out);
      case Boolean bool -> out.append(bool);
      case Double number -> number(number, out);
      case Float number -> number(number.doubleValue(), out);
      case Number number -> out.append(number.longValue());
      case OptionalDouble number -> {
        if (number.isPresent()) {
          number(number.getAsDouble(), out);
        } else {
          out.append("null");
        }
      }
      case Optional<?> optional -> write(optional.orElse(null), out);
      case Map<?, ?> map -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(String.valueOf(entry.getKey()), out);
          out.append(':');
          write(entry.getValue(), out);
        }
        out.append('}');
      }
      case Collection<?> list -> {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(element, out);
        }
        out.append(']');
      }
      case Enum<?> constant -> string(constant.name().toLowerCase(java.util.Locale.ROOT), out);
      default -> string(value.toString(), out);
    }
  }

  private static void number(double number, StringBuilder out) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      out.append("null");
    } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      out.append((long) number);
    } else {
      out.append(number);
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
