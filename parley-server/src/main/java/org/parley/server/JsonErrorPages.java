// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers before a request reaches the API (a malformed request line 400, a URI too long 414,
 * headers too large 431, a body that overflows) in the API's one error format, {@code {"error", "status"}},
 * instead of Jetty's HTML page or an empty body.
 */
final class JsonErrorPages extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object message = request.getAttribute("jakarta.servlet.error.message");
    response.setContentType("application/json");
    byte[] body = body(response.getStatus(), message == null ? null : message.toString());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    baseRequest.setHandled(true);
  }

  private static byte[] body(int status, String reason) {
    String message = reason != null && !reason.isBlank() ? reason : switch (status) {
      case 400 -> "bad request";
      case 413 -> "request body too large";
      case 414 -> "request URI too long";
      case 431 -> "request headers too large";
      default -> "HTTP error " + status;
    };
    return Json.string(ParleyServer.error(status, message)).getBytes(StandardCharsets.UTF_8);
  }
}
