package vn.hanoi.gbv.audit.timeline.domain;

import java.util.Locale;

/** One line saying what happened, in the two languages the timeline is read in. */
public record Summary(String english, String vietnamese) {

    /** Vietnamese for a reader whose language is Vietnamese, English for everyone else. */
    public String in(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage()) ? vietnamese : english;
    }
}
