package org.babysteps;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Baby Steps scale-up platform: one deployable modular monolith on PostgreSQL. */
@SpringBootApplication
@EnableScheduling
public class BabyStepsApplication {

    public static void main(String[] args) {
        SpringApplication.run(BabyStepsApplication.class, args);
    }
}
