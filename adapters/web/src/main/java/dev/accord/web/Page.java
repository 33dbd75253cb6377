package dev.accord.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a list: its items, how many there are in all, where the page starts, and the link to
 * the next page (null on the last), with the same filters.
 */
record Page<T>(List<T> items, long total, int limit, int offset, String next) {

  Page {
    items = List.copyOf(items);
  }

  /**
   * The page at the offset, its {@code next} link made of the path and the filters given (in the
   * order given), with the offset moved on.
   */
  static <T> Page<T> of(
      List<T> items,
      long total,
      int limit,
      int offset,
      String path,
      Map<String, Optional<String>> filters) {
    long nextOffset = (long) offset + items.size();
    String next = null;
    if (!items.isEmpty() && nextOffset < total) {
      Map<String, String> query = new LinkedHashMap<>();
      filters.forEach((name, value) -> value.ifPresent(v -> query.put(name, v)));
      query.put("limit", Integer.toString(limit));
      query.put("offset", Long.toString(nextOffset));
      StringBuilder link = new StringBuilder(path);
      char separator = '?';
      for (Map.Entry<String, String> parameter : query.entrySet()) {
        link.append(separator)
            .append(parameter.getKey())
            .append('=')
            .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
      next = link.toString();
    }
    return new Page<>(items, total, limit, offset, next);
  }

  /** The {@code Link} header of the page: its next page, if there is one. */
  Map<String, String> headers() {
    return next == null ? Map.of() : Map.of("Link", "<" + next + ">; rel=\"next\"");
  }
}
