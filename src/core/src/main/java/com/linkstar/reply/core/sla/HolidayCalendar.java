package com.linkstar.reply.core.sla;

import java.time.LocalDate;
import java.util.Set;

/** Public holidays of one place, as the dates a rule does not count. Data: a tenant lists its own. */
public record HolidayCalendar(Set<LocalDate> dates) {

    public static final HolidayCalendar NONE = new HolidayCalendar(Set.of());

    public HolidayCalendar {
        dates = Set.copyOf(dates);
    }

    public boolean isHoliday(LocalDate date) {
        return dates.contains(date);
    }
}
