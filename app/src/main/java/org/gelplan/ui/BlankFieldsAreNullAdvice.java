package org.gelplan.ui;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Binds the text fields of every {@link BlankFieldsAreNull} form controller trimmed, blanks as {@code null}. */
@ControllerAdvice(annotations = BlankFieldsAreNull.class)
class BlankFieldsAreNullAdvice {

    @InitBinder
    void blanksAreNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
