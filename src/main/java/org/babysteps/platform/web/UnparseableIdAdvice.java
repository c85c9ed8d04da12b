package org.babysteps.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed id in a path ("/sites/abc") answers exactly like an unknown or forbidden one: 404, so the shape of
 * a response never tells a prober anything.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnparseableIdAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
