package org.gelplan.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of browser forms whose text fields are trimmed and, left blank, bound as
 * {@code null}, so that an optional field the user left empty means "not given" to the command
 * (see {@link BlankFieldsAreNullAdvice}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BlankFieldsAreNull {
}
