package dev.accord.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What is wrong with one part of a request, in a problem's {@code errors}: where (a JSON pointer
 * into the body, a query parameter, a header, or a line and column of a JSON-lines body) and what.
 *
 * @param pointer a JSON pointer into the body (or into the line), such as {@code /toStage}
 * @param parameter the query or path parameter, such as {@code limit}
 * @param header the request header, such as {@code X-HubSpot-Signature-v3}
 * @param line the line of the body, counted from 1
 * @param column the column on that line, counted from 1
 * @param detail what is wrong, and what would be right
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldError(
    String pointer, String parameter, String header, Integer line, Integer column, String detail) {

  FieldError {
    Objects.requireNonNull(detail, "detail");
  }

  static FieldError atPointer(String pointer, String detail) {
    return new FieldError(pointer, null, null, null, null, detail);
  }

  static FieldError atParameter(String parameter, String detail) {
    return new FieldError(null, parameter, null, null, null, detail);
  }

  static FieldError atHeader(String header, String detail) {
    return new FieldError(null, null, header, null, null, detail);
  }

  static FieldError atLine(int line, Integer column, String pointer, String detail) {
    return new FieldError(pointer, null, null, line, column, detail);
  }
}
