package dev.accord.core.scorecard.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings kept once each and named by a small number, so columns hold ints, not text. */
public final class Dictionary {

  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  /** The code of a value, given one on first sight. */
  public int code(String value) {
    Integer code = codes.get(value);
    if (code != null) {
      return code;
    }
    int added = values.size();
    codes.put(value, added);
    values.add(value);
    return added;
  }

  /** The code of a value already seen, or -1. */
  public int find(String value) {
    return codes.getOrDefault(value, -1);
  }

  public String value(int code) {
    return values.get(code);
  }

  public int size() {
    return values.size();
  }
}
