package io.onewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** OneWindow: 乐山市 一网通办 platform. Each sub-package is one business capability (a Spring Modulith module). */
@SpringBootApplication
public class OneWindowApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneWindowApplication.class, args);
    }
}
