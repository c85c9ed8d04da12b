package org.babysteps.platform.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The floor that {@code bench/run.sh} measures real pages against: one INSERT and a 204, behind the same
 * security filters, session lookup and CSRF check as every page. Exists only with the {@code bench} profile.
 */
@Controller
@Profile("bench")
@PreAuthorize("isAuthenticated()")
class BenchFloorController {

    private final JdbcClient jdbc;

    BenchFloorController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For wrk, which sends GETs. */
    @GetMapping("/bench/floor")
    ResponseEntity<Void> floorGet() {
        return insert("GET");
    }

    /** For the register-save harness, a form POST with its CSRF token like a real form. */
    @PostMapping("/bench/floor")
    ResponseEntity<Void> floorPost() {
        return insert("POST");
    }

    private ResponseEntity<Void> insert(String note) {
        jdbc.sql("insert into bench_floor (note) values (?)").param(note).update();
        return ResponseEntity.noContent().build();
    }
}
