package org.gelplan.ui.layout;

import org.gelplan.core.GelTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as Colombians read them in templates ({@code ${@dates.at(instant)}}): dd/MM/yyyy HH:mm, Bogotá time. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(GelTime.ZONE);

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
