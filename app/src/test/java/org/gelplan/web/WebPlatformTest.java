package org.gelplan.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** A {@code @WebMvcTest} of the web platform alone, in demo mode, with the test controller's messages. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ContextConfiguration(classes = WebPlatformTestConfiguration.class)
@TestPropertySource(properties = {
        "spring.messages.basename=messages,test-messages",
        "gelplan.demo.enabled=true",
        "gelplan.web.max-body-size=4KB",
        "gelplan.web.max-string-length=1000"})
public @interface WebPlatformTest {
}
